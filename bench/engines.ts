/**
 * The two pages the bench types into beside our site, written into a build's out/ so that the same
 * server serves all three: the floor (an input that only echoes each key into a <p>) and a small
 * page driving Pagefind's JS API over an index of the same build. Both keep the DOM contract of
 * config.ts (ready form, status naming the query, results list), so one watcher times all three
 * engines the same way.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { filesMatching, precompressFiles } from '../tools/site/precompress.mjs'
import { log, ROOT, runStep, WORK_DIR } from './build-site'
import { BENCH_PAGES_DIR, ENGINES, RECALL_AT } from './config'
import { filesIn } from './measure-files'

const PAGEFIND_DIR = 'pagefind'

export type PagefindIndexFigures = { seconds: number; files: number; bytes: number; pages: number }

/**
 * Indexes the entry pages of a build with the pagefind CLI from node_modules (npm `pagefind`, its
 * binary from the optional dependency @pagefind/<platform>), writing its bundle to out/pagefind/.
 * No page of the site is changed: --glob picks the entry pages and --root-selector their <article>
 * (title, description, facts). Its scripts and JSON get precompressed copies as the site's own do;
 * its index files are gzipped by Pagefind itself.
 */
export async function indexWithPagefind(outDir: string): Promise<PagefindIndexFigures> {
  const logFile = join(WORK_DIR, 'pagefind.log')
  const args = ['--site', outDir, '--glob', 'entries/**/*.html', '--root-selector', 'article']
  const bin = join(ROOT, 'node_modules', '.bin', 'pagefind')
  args.push('--output-subdir', PAGEFIND_DIR)
  const seconds = await runStep('pagefind', bin, args, { cwd: ROOT, timeoutSeconds: 600, logFile })
  const files = filesIn(join(outDir, PAGEFIND_DIR))
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
  // The CLI's own count ("Indexed 10000 pages"); NaN if its wording changes.
  const pages = Number(/Indexed (\d+) pages?/i.exec(readFileSync(logFile, 'utf8'))?.[1] ?? Number.NaN)
  await precompressFiles(filesMatching(join(outDir, PAGEFIND_DIR), /\.(js|json|css)$/))
  log(`pagefind indexed ${pages} pages in ${seconds.toFixed(1)} s`)
  return { seconds, files: files.length, bytes, pages }
}

const page = (title: string, script: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>
<body>
<form role="search" onsubmit="return false"><input type="search" aria-label="Search" autocomplete="off"></form>
<p role="status" data-testid="result-status"></p>
<ul data-testid="results"></ul>
<script type="module">
const form = document.querySelector('form')
const input = form.querySelector('input')
const status = document.querySelector('[data-testid="result-status"]')
const list = document.querySelector('[data-testid="results"]')
const normalise = (text) => text.replace(/\\s+/g, ' ').trim()
${script}
form.dataset.ready = 'true'
</script>
</body>
</html>
`

const FLOOR = page(
  'Floor',
  `input.addEventListener('input', () => {
  const query = normalise(input.value)
  status.textContent = query ? \`“\${query}”\` : ''
})`,
)

// Loads pagefind.js with the page and its index on focus (pagefind.init), as a site using it would;
// searches on every input with no debounce, drops answers to queries the box no longer holds, loads
// the data of the first results and renders them as cards linking to the entry pages.
const PAGEFIND = page(
  'Pagefind',
  `const pagefind = await import('/${PAGEFIND_DIR}/pagefind.js')
input.addEventListener('focus', () => pagefind.init(), { once: true })
let latest = 0
const card = (data) => {
  const item = document.createElement('li')
  const article = item.appendChild(document.createElement('article'))
  const link = article.appendChild(document.createElement('h2')).appendChild(document.createElement('a'))
  link.href = data.url
  link.textContent = data.meta?.title ?? data.url
  article.appendChild(document.createElement('p')).innerHTML = data.excerpt
  return item
}
input.addEventListener('input', async () => {
  const query = normalise(input.value)
  const ticket = ++latest
  if (!query) {
    list.replaceChildren()
    status.textContent = ''
    return
  }
  const search = await pagefind.search(query)
  if (ticket !== latest) return
  const data = await Promise.all(search.results.slice(0, ${RECALL_AT}).map((result) => result.data()))
  if (ticket !== latest) return
  list.replaceChildren(...data.map(card))
  status.textContent = \`\${search.results.length} results for “\${query}”\`
})`,
)

/** Writes the floor and Pagefind pages into out/ (Pagefind's bundle is written by indexWithPagefind). */
export function writeEnginePages(outDir: string) {
  const pages = { [ENGINES.floor.path]: FLOOR, [ENGINES.pagefind.path]: PAGEFIND }
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(outDir, path), { recursive: true })
    writeFileSync(join(outDir, path, 'index.html'), html)
  }
}

/** Takes the bench's pages and Pagefind's bundle out of out/, so that weighing the site leaves them out. */
export function removeEnginePages(outDir: string) {
  for (const dir of [BENCH_PAGES_DIR, PAGEFIND_DIR])
    rmSync(join(outDir, dir), { recursive: true, force: true })
}
