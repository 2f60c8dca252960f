/**
 * The two pages the bench types into beside our site, written into a build's out/ so that the same
 * server serves all three: the floor (an input that only echoes each key into a <p>) and a small
 * page driving Pagefind's JS API. Both keep the DOM contract of config.ts (ready form, status naming
 * the query, results list), so one watcher times all three engines the same way.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { BENCH_PAGES_DIR, PAGEFIND_DIR, RECALL_AT } from './config'

/** URL paths of the engines' pages, relative to the server's root. */
export const ENGINE_PATHS = {
  floor: `${BENCH_PAGES_DIR}/floor/`,
  ours: '',
  pagefind: `${BENCH_PAGES_DIR}/pagefind/`,
} as const

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
  for (const [name, html] of [
    ['floor', FLOOR],
    ['pagefind', PAGEFIND],
  ] as const) {
    const dir = join(outDir, BENCH_PAGES_DIR, name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'index.html'), html)
  }
}

/** Takes the bench's pages and Pagefind's bundle out of out/, so that weighing the site leaves them out. */
export function removeEnginePages(outDir: string) {
  rmSync(join(outDir, BENCH_PAGES_DIR), { recursive: true, force: true })
  rmSync(join(outDir, PAGEFIND_DIR), { recursive: true, force: true })
}
