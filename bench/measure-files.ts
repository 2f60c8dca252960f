import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

import { scriptSources } from '../tools/site/html-scripts.mjs'
import { BARE_PAGE, HOME_PAGE, SEARCH_DATA_FILES, TOPIC_PAGE } from './config'

/**
 * What a build weighs: files, pages and the bytes a visitor downloads. Gzip is zlib's default
 * level (6), roughly what a static host sends; every figure is in bytes.
 */

type Weight = { raw: number; gzip: number }
type Files = Weight & { files: number }
export type FileFigures = ReturnType<typeof measureFiles>

/** Every file under dir, at any depth. */
export const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))

/** The files of out/ named, weighed together; a note for each that is missing. */
function weigh(outDir: string, names: readonly string[], notes: string[], missing: (name: string) => string) {
  const figures: Files = { raw: 0, gzip: 0, files: 0 }
  for (const name of names) {
    const path = join(outDir, name)
    if (!existsSync(path)) {
      notes.push(missing(name))
      continue
    }
    const bytes = readFileSync(path)
    figures.raw += bytes.length
    figures.gzip += gzipSync(bytes).length
    figures.files += 1
  }
  return figures
}

/** The scripts a page loads, read from out/ (the bench builds without a basePath). */
function weighScripts(outDir: string, page: string, notes: string[]) {
  const sources = scriptSources(readFileSync(join(outDir, page), 'utf8'))
  const paths = sources.map((src) => decodeURIComponent(new URL(src, 'http://site.invalid/').pathname))
  return weigh(outDir, paths, notes, (path) => `script ${path} (of ${page}) is not in out/`)
}

export function measureFiles(outDir: string) {
  const notes: string[] = []
  const files = filesIn(outDir)
  const pages = files.filter((path) => path.endsWith('.html')).length
  // The bare page is the yardstick for "no client island"; say so if that stops being true.
  if (/role="search"|data-ready=/.test(readFileSync(join(outDir, BARE_PAGE), 'utf8')))
    notes.push(`${BARE_PAGE} now holds a search island`)
  const html = (page: string): Weight | null => {
    const { raw, gzip, files } = weigh(outDir, [page], notes, () => `${page} was not built`)
    return files > 0 ? { raw, gzip } : null
  }
  const homeJs = weighScripts(outDir, HOME_PAGE, notes)
  const bareJs = weighScripts(outDir, BARE_PAGE, notes)
  return {
    pages,
    /** every file in out/ (precompressed copies included) and their bytes */
    outFiles: files.length,
    outFilesPerPage: files.length / pages,
    outBytes: files.reduce((sum, path) => sum + statSync(path).size, 0),
    homeHtml: html(HOME_PAGE),
    topicHtml: html(TOPIC_PAGE),
    homeJs,
    bareJs,
    homeJsRatio: bareJs.gzip > 0 ? homeJs.gzip / bareJs.gzip : Number.NaN,
    searchData: weigh(
      outDir,
      SEARCH_DATA_FILES,
      notes,
      (name) => `search data file ${name} is missing: update bench/config.ts`,
    ),
    notes,
  }
}
