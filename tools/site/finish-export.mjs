// Last step of `npm run build`, after `next build`: prunes the pages (prune-export.mjs), writes out/_headers
// with the policy of each pruned page (csp-headers.mjs) and precompresses the data, scripts and styles
// (precompress.mjs). The compression runs on libuv's threads while the pages are pruned, and each page
// is read once, for both the pruning and its policy.
import { writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

import { headersRules, inlineScriptHashes } from './csp-headers.mjs'
import { formatHeadersFile } from './headers-file.mjs'
import { precompressedAssets, precompressFiles } from './precompress.mjs'
import { pruneExport } from './prune-export.mjs'

/** Finishes out/ in place; resolves with what was pruned, the headers file and the compressed sizes. */
export async function finishExport(outDir) {
  /** @type {[string, string[]][]} */
  const pageScripts = []
  const [removed, sizes] = await Promise.all([
    pruneExport(outDir, {
      onPage: (path, html) => pageScripts.push([relative(outDir, path), inlineScriptHashes(html)]),
    }),
    precompressFiles(precompressedAssets(outDir)),
  ])
  const headers = formatHeadersFile(headersRules(pageScripts))
  await writeFile(join(outDir, '_headers'), headers)
  return { removed, pages: pageScripts.length, headers, sizes }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.env.OUT_DIR ?? 'out'
  const { removed, pages, headers, sizes } = await finishExport(outDir)
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`
  const total = (key) => sizes.reduce((sum, size) => sum + size[key], 0)
  console.log(
    [
      `Pruned ${outDir}/: ${removed.staticPages} pages without an island left without Next's scripts ` +
        `(${mb(removed.pageBytes)}); ` +
        `${removed.boundaryPages} pages with their cards put back in place.`,
      `Wrote ${outDir}/_headers: a policy for each of ${pages} pages, ${headers.length} bytes.`,
      `Precompressed ${sizes.length} files: ${mb(total('raw'))} → ${mb(total('brotli'))} Brotli.`,
    ].join('\n'),
  )
}
