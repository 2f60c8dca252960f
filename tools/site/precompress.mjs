// Step of `npm run build` after the headers: writes a Brotli (.br) and a gzip (.gz) copy beside the
// JSON data at the root of out/ (the search data above all), the comparison data and the scripts and
// styles under _next/static, so that a static host serving precompressed files (tools/site/serve.mjs does,
// as nginx's gzip_static and Caddy's precompressed do) answers at once instead of compressing a megabyte
// on every request. A host that compresses by itself ignores the copies.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** Past this size Brotli's best quality costs seconds per file for a few per cent. */
const BEST_QUALITY_LIMIT = 2_000_000

/** Writes file.br and file.gz beside `file`; returns their sizes. */
export function precompressFile(file) {
  const data = readFileSync(file)
  const quality = data.length > BEST_QUALITY_LIMIT ? 9 : constants.BROTLI_MAX_QUALITY
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  })
  const gzip = gzipSync(data, { level: 9 })
  writeFileSync(`${file}.br`, brotli)
  writeFileSync(`${file}.gz`, gzip)
  return { raw: data.length, brotli: brotli.length, gzip: gzip.length }
}

/** The files of `dir` (recursively) whose names match `pattern`. */
export function filesMatching(dir, pattern) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * The data files at the root of out/ (search data, feeds, entries.json) and the parts of the comparison
 * data (compare-data/), every script and style sheet.
 */
export function precompressedAssets(outDir) {
  const data = readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(outDir, entry.name))
  const compareData = join(outDir, 'compare-data')
  const parts = existsSync(compareData) ? filesMatching(compareData, /\.json$/) : []
  return [...data, ...parts, ...filesMatching(join(outDir, '_next', 'static'), /\.(js|css)$/)]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.env.OUT_DIR ?? 'out'
  const files = precompressedAssets(outDir)
  let raw = 0
  let brotli = 0
  for (const file of files) {
    const sizes = precompressFile(file)
    raw += sizes.raw
    brotli += sizes.brotli
  }
  console.log(
    `Precompressed ${files.length} files: ${(raw / 1e6).toFixed(1)} MB → ${(brotli / 1e6).toFixed(1)} MB Brotli`,
  )
}
