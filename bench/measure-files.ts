import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

import { scriptSources } from '../tools/site/html-scripts.mjs'
import { BARE_PAGE, HOME_PAGE, SEARCH_DATA_FILES, TOPIC_PAGE } from './config'

/**
 * What a build weighs: files, pages and the bytes a visitor downloads. Gzip is zlib's default
 * level (6), roughly what a static host sends; every figure is in bytes.
 */

export type Weight = { raw: number; gzip: number }
export type FileFigures = {
  pages: number
  outBytes: number
  homeHtml: Weight
  topicHtml: Weight | null
  homeJs: Weight & { files: number }
  bareJs: Weight & { files: number }
  /** home JS gzip / bare page JS gzip */
  homeJsRatio: number
  searchData: Weight & { missing: string[] }
  notes: string[]
}

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes).length

function weighFile(path: string): Weight {
  const bytes = readFileSync(path)
  return { raw: bytes.length, gzip: gzipSize(bytes) }
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else if (entry.isFile()) yield path
  }
}

/** Sums the scripts a page loads, read from out/ (the bench builds without a basePath). */
function weighScripts(outDir: string, html: string, notes: string[]) {
  let raw = 0
  let gzip = 0
  const sources = scriptSources(html)
  for (const src of sources) {
    const path = new URL(src, 'http://site.invalid/').pathname
    const file = join(outDir, decodeURIComponent(path))
    if (!existsSync(file)) {
      notes.push(`script ${src} is not in out/`)
      continue
    }
    const weight = weighFile(file)
    raw += weight.raw
    gzip += weight.gzip
  }
  return { raw, gzip, files: sources.length }
}

export function measureFiles(outDir: string): FileFigures {
  const notes: string[] = []
  let pages = 0
  let outBytes = 0
  for (const path of walk(outDir)) {
    outBytes += statSync(path).size
    if (path.endsWith('.html')) pages += 1
  }

  const homeHtmlText = readFileSync(join(outDir, HOME_PAGE), 'utf8')
  const bareHtmlText = readFileSync(join(outDir, BARE_PAGE), 'utf8')
  // The bare page is the yardstick for "no client island"; say so if that stops being true.
  if (/role="search"|data-ready=/.test(bareHtmlText)) notes.push(`${BARE_PAGE} now holds a search island`)
  const topicPath = join(outDir, TOPIC_PAGE)
  if (!existsSync(topicPath)) notes.push(`${TOPIC_PAGE} was not built`)

  const homeJs = weighScripts(outDir, homeHtmlText, notes)
  const bareJs = weighScripts(outDir, bareHtmlText, notes)

  const searchData = { raw: 0, gzip: 0, missing: [] as string[] }
  for (const name of SEARCH_DATA_FILES) {
    const path = join(outDir, name)
    if (!existsSync(path)) {
      searchData.missing.push(name)
      notes.push(`search data file ${name} is missing: update SEARCH_DATA_FILES in bench/config.ts`)
      continue
    }
    const weight = weighFile(path)
    searchData.raw += weight.raw
    searchData.gzip += weight.gzip
  }

  return {
    pages,
    outBytes,
    homeHtml: weighFile(join(outDir, HOME_PAGE)),
    topicHtml: existsSync(topicPath) ? weighFile(topicPath) : null,
    homeJs,
    bareJs,
    homeJsRatio: bareJs.gzip > 0 ? homeJs.gzip / bareJs.gzip : Number.NaN,
    searchData,
    notes,
  }
}
