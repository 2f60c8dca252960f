// Part of the build's last step (finish-export.mjs): writes a Brotli (.br) and a gzip (.gz) copy beside the
// JSON data at the root of out/ (the search data above all), the comparison data and the scripts and
// styles under _next/static, so that a static host serving precompressed files (tools/site/serve.mjs does,
// as nginx's gzip_static and Caddy's precompressed do) answers at once instead of compressing the same
// bytes on every request. A host that compresses by itself ignores the copies.
import { existsSync, readdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import pLimit from 'p-limit'

const brotliOf = promisify(brotliCompress)
const gzipOf = promisify(gzip)

/**
 * Brotli's best quality is slow for a small gain: it is spent on what a reader waits for, the search data,
 * scripts and styles, but not on files past 2 MB or on the comparison's parts, fetched a few kB at a time.
 */
const worthBestQuality = (file, size) => size <= 2_000_000 && !file.includes(`${sep}compare-data${sep}`)

/** Writes file.br and file.gz beside `file`; resolves with their sizes. */
async function precompressFile(file) {
  const data = await readFile(file)
  const quality = worthBestQuality(file, data.length) ? constants.BROTLI_MAX_QUALITY : 9
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
