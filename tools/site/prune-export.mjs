// Leaves out of the exported pages what no visitor needs (the first part of finish-export.mjs, right after
// `next build`, whose adapter writes only the pages and assets: tools/site/static-export-adapter.mjs).
//
// - On a page with no client island (no element marked `data-island`: the entry pages, the index
//   pages, the 404 page), Next's scripts and the page's inline payload, a second copy of the page for
//   React to hydrate. Every link of the site is a plain link (components/layout/site-link.tsx), so nothing
//   on such a page needs React: the theme toggle is handled by the head script. What stays is HTML, the
//   style sheet, JSON-LD and the theme script.
// - React's streaming of Suspense boundaries. A page's list gives each card a boundary so that React
//   hydrates the cards one at a time (components/entry/entry-list.tsx), and React's server renderer sends
//   a boundary out of place once the page passes 12.8 kB: a placeholder where the card goes, the card in a
//   hidden <div> at the end, and a script that moves it, held back up to 300 ms to reveal cards in batches.
//   The card is put back in its place, where a browser without JavaScript shows it too and React
//   hydrates it as it would a boundary sent in place.
import { readFile, writeFile } from 'node:fs/promises'
import { join, sep } from 'node:path'

import pLimit from 'p-limit'

import { scriptElements } from './html-scripts.mjs'
import { filesMatching } from './precompress.mjs'

/** Marks an element that React hydrates: a page holding one keeps Next's scripts. */
const ISLAND_ATTRIBUTE = 'data-island'

const NEXT_ASSET = /\/_next\/static\//
/** Inline scripts that only feed Next's runtime: the page's payload and the bundler's chunk list. */
const NEXT_RUNTIME_DATA = /^\s*\(?\s*(?:self\.__next_f\b|\(globalThis\["TURBOPACK"\])/
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*>/g

const ISLAND = new RegExp(`<[^>]+\\s${ISLAND_ATTRIBUTE}(?=[\\s=>/])`)
// The plain search rules out most pages at once; the pattern checks that the name is an attribute.
const hasIsland = (html) => html.includes(ISLAND_ATTRIBUTE) && ISLAND.test(html)

/**
 * The page without Next's scripts, their preloads and its inline payload, when it holds no island;
 * unchanged otherwise.
 * @param {string} html
 */
export function withoutHydration(html) {
  if (hasIsland(html)) return html
  const cuts = scriptElements(html).filter(({ attributes, text }) =>
    attributes.has('src') ? NEXT_ASSET.test(attributes.get('src') ?? '') : NEXT_RUNTIME_DATA.test(text),
  )
  let page = ''
  let from = 0
  for (const { start, end } of cuts) {
    page += html.slice(from, start)
    from = end
  }
  page += html.slice(from)
  return page.replace(SCRIPT_PRELOAD, (link) => (NEXT_ASSET.test(link) ? '' : link))
}

// Enough to keep libuv's four threads busy, few enough to hold a handful of pages in memory.
const FILES_AT_ONCE = 16

const OUT_OF_PLACE =
  /<div hidden id="S:(\w+)">([\s\S]*?)<\/div><script>(?:(?!<\/script>)[\s\S])*?\$RC\("B:\1","S:\1"\)<\/script>/g
const REVEAL_CLOCK = '<script>requestAnimationFrame(function(){$RT=performance.now()});</script>'
const PLACEHOLDER = /<!--\$\?--><template id="B:(\w+)"><\/template>/g

/**
 * The page with every Suspense boundary React sent out of place put back in place, and React's scripts
 * that move them left out. A page where one is left out of place (its content still to come) is an error.
 * @param {string} html
 */
export function withBoundariesInPlace(html) {
  const content = new Map()
  const page = html
    .replace(OUT_OF_PLACE, (_, id, boundary) => {
      content.set(id, boundary)
      return ''
    })
    .replace(PLACEHOLDER, (placeholder, id) => (content.has(id) ? `<!--$-->${content.get(id)}` : placeholder))
  const left = [...page.matchAll(PLACEHOLDER)].map(([, id]) => id)
  if (left.length > 0)
    throw new Error(`Suspense boundaries with no content to put in place: ${left.join(', ')}`)
  return content.size > 0 ? page.replace(REVEAL_CLOCK, '') : page
}

/** The HTML pages under outDir, Next's own assets (_next/) left out. */
const exportedPages = (outDir) =>
  filesMatching(outDir, /\.html$/).filter((path) => !path.startsWith(join(outDir, '_next', sep)))

/** The page at `path` pruned: its boundaries in place, and without Next's scripts if it has no island. */
function prunedPage(path, html) {
  try {
    const inPlace = withBoundariesInPlace(html)
    return { inPlace, page: withoutHydration(inPlace) }
  } catch (error) {
    throw new Error(`${path}: ${error.message}`)
  }
}

/**
 * Prunes the pages of out/ in place; resolves with what it removed. The pages are read and written many at
 * a time: a large build has just written them, and one at a time the step mostly waits on the disk.
 * `onPage` is given every page as it is left, pruned or not, so that later work need not read it again.
 * @param {string} outDir
 * @param {{ onPage?: (path: string, html: string) => void }} [options]
 */
export async function pruneExport(outDir, { onPage } = {}) {
  const removed = { staticPages: 0, pageBytes: 0, boundaryPages: 0 }
  const prunePage = async (path) => {
    const html = await readFile(path, 'utf8')
    const { inPlace, page } = prunedPage(path, html)
    onPage?.(path, page)
    if (page === html) return
    await writeFile(path, page)
    if (inPlace !== html) removed.boundaryPages += 1
    if (page === inPlace) return
    removed.staticPages += 1
    removed.pageBytes += Buffer.byteLength(inPlace) - Buffer.byteLength(page)
  }
  await pLimit(FILES_AT_ONCE).map(exportedPages(outDir), prunePage)
  return removed
}
