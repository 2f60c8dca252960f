// Step of `npm run build` after the headers: writes a Brotli (.br) and a gzip (.gz) copy beside the
// JSON data at the root of out/ (the search data above all), the comparison data and the scripts and
// styles under _next/static, so that a static host serving precompressed files (tools/site/serve.mjs does,
// as nginx's gzip_static and Caddy's precompressed do) answers at once instead of compressing a megabyte
// on every request. A host that compresses by itself ignores the copies.
import { existsSync, readdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import pLimit from 'p-limit'

const brotliOf = promisify(brotliCompress)
const gzipOf = promisify(gzip)

/** Past this size Brotli's best quality costs seconds per file for a few per cent. */
const BEST_QUALITY_LIMIT = 2_000_000

/** Writes file.br and file.gz beside `file`; resolves with their sizes. */
async function precompressFile(file) {
  const data = await readFile(file)
  const quality = data.length > BEST_QUALITY_LIMIT ? 9 : constants.BROTLI_MAX_QUALITY
  const [brotli, gzipped] = await Promise.all([
    brotliOf(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
    gzipOf(data, { level: 9 }),
  ])
  await Promise.all([writeFile(`${file}.br`, brotli), writeFile(`${file}.gz`, gzipped)])
  return { raw: data.length, brotli: brotli.length, gzip: gzipped.length }
}

/**
 * Precompresses `files` on every core (zlib compresses on libuv's thread pool); resolves with the sizes
 * of each.
 */
export function precompressFiles(files) {
  return pLimit(availableParallelism()).map(files, precompressFile)
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
  const sizes = await precompressFiles(files)
  const raw = sizes.reduce((sum, size) => sum + size.raw, 0)
  const brotli = sizes.reduce((sum, size) => sum + size.brotli, 0)
  console.log(
    `Precompressed ${files.length} files: ${(raw / 1e6).toFixed(1)} MB → ${(brotli / 1e6).toFixed(1)} MB Brotli`,
  )
}
