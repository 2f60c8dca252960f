import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { filesMatching, precompressFile } from '../tools/site/precompress.mjs'
import { log, runStep, ROOT, WORK_DIR } from './build-site'
import { PAGEFIND_DIR, PAGEFIND_GLOB, PAGEFIND_ROOT_SELECTOR } from './config'

export type PagefindIndexFigures = { seconds: number; files: number; bytes: number; pages: number }

/**
 * Indexes the entry pages of a build with the pagefind CLI from node_modules (npm `pagefind`, its
 * binary from the optional dependency @pagefind/<platform>), writing its bundle to out/pagefind/.
 * No page of the site is changed: --glob picks the entry pages and --root-selector their <article>.
 * Its scripts and JSON get precompressed copies as the site's own do; its index files are gzipped
 * by Pagefind itself.
 */
export async function indexWithPagefind(outDir: string, timeoutSeconds = 600): Promise<PagefindIndexFigures> {
  const logFile = join(WORK_DIR, 'pagefind.log')
  const bin = join(ROOT, 'node_modules', '.bin', 'pagefind')
  const args = ['--site', outDir, '--glob', PAGEFIND_GLOB, '--root-selector', PAGEFIND_ROOT_SELECTOR]
  const outcome = await runStep(
    bin,
    [...args, '--output-subdir', PAGEFIND_DIR],
    ROOT,
    process.env,
    timeoutSeconds,
    logFile,
  )
  if (!outcome.ok) throw new Error(`pagefind ${outcome.error}`)
  const dir = join(outDir, PAGEFIND_DIR)
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  const bytes = files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0)
  // The CLI's own count ("Indexed 10000 pages"); NaN if its wording changes.
  const pages = Number(/Indexed (\d+) pages?/i.exec(readFileSync(logFile, 'utf8'))?.[1] ?? Number.NaN)
  for (const file of filesMatching(dir, /\.(js|json|css)$/)) precompressFile(file)
  log(`pagefind indexed ${pages} pages in ${outcome.seconds.toFixed(1)} s`)
  return { seconds: outcome.seconds, files: files.length, bytes, pages }
}
