// `npm run lighthouse`: Lighthouse 12 against the built site (out/), served locally, in Debian's Chromium.
// Prints the four category scores for the pages that matter most; exits non-zero below LIGHTHOUSE_MIN.
import { mkdirSync, writeFileSync } from 'node:fs'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CHROMIUM_ARGS, findChromium } from '../lib/chromium.mjs'
import { startStaticServer } from '../lib/start-server.mjs'

const PAGES = [
  { name: 'home', path: '/' },
  // A shared search link: the page folds to its results from the first frame.
  { name: 'search', path: '/?q=redis' },
  { name: 'topic', path: '/topics/caching/' },
  { name: 'entry', path: '/entries/django-cacheback/' },
]
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4191)
const minimum = Number(process.env.LIGHTHOUSE_MIN ?? 0)

const { server } = await startStaticServer(port)

const chrome = await chromeLauncher.launch({
  chromePath: (await findChromium()) ?? process.env.CHROME_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
})

const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const rows = []
let version = ''
try {
  for (const { name, path } of PAGES) {
    const url = `http://127.0.0.1:${port}${process.env.BASE_PATH ?? ''}${path}`
    const results = []
    for (let run = 0; run < runs; run++) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      })
      version = lhr.lighthouseVersion
      results.push(lhr)
    }
    // Each figure is the median over the runs, as Lighthouse's own guidance advises for noisy machines.
    const medianOf = (read) => median(results.map(read))
    const audit = (id) => medianOf((lhr) => lhr.audits[id]?.numericValue ?? 0)
    const seconds = (id) => `${(audit(id) / 1000).toFixed(2)} s`
    rows.push({
      page: name,
      ...Object.fromEntries(
        CATEGORIES.map((id) => [id, medianOf((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100))]),
      ),
      fcp: seconds('first-contentful-paint'),
      lcp: seconds('largest-contentful-paint'),
      tbt: `${Math.round(audit('total-blocking-time'))} ms`,
      cls: audit('cumulative-layout-shift').toFixed(3),
      failing: [
        ...new Set(
          results.flatMap((lhr) =>
            Object.values(lhr.audits).flatMap(({ id, score, scoreDisplayMode }) =>
              score !== null && score < 1 && scoreDisplayMode === 'binary' ? [id] : [],
            ),
          ),
        ),
      ],
    })
  }
} finally {
  await chrome.kill()
  server.kill()
}

console.log(
  `\nLighthouse ${version} (mobile, simulated throttling) on ${new Date().toISOString().slice(0, 10)}\n`,
)
console.log(`Medians of ${runs} runs per page.\n`)
console.log('| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for (const row of rows) {
  console.log(
    `| ${row.page} | ${row.performance} | ${row.accessibility} | ${row['best-practices']} | ${row.seo} | ${row.fcp} | ${row.lcp} | ${row.tbt} | ${row.cls} |`,
  )
}
for (const row of rows)
  if (row.failing.length) console.log(`\n${row.page}: failing audits: ${row.failing.join(', ')}`)
mkdirSync('bench/out', { recursive: true })
writeFileSync('bench/out/lighthouse.json', `${JSON.stringify(rows, null, 2)}\n`)

const worst = Math.min(...rows.flatMap((row) => CATEGORIES.map((id) => row[id])))
if (worst < minimum) {
  console.error(`\nA score is below LIGHTHOUSE_MIN=${minimum}.`)
  process.exit(1)
}

function median(values) {
  const sorted = values.toSorted((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
