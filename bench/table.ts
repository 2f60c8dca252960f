import type { EngineResult } from './browser-runs'
import { ENGINES } from './config'
import type { SizeResult } from './run'

/** The bench's figures as markdown: the site per catalogue size, then the engines side by side per size. */

const kB = (bytes: number) => (Number.isNaN(bytes) ? '–' : `${(bytes / 1000).toFixed(1)} kB`)
const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`
const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(value < 100 ? 1 : 0)} ms`)
const times = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '' : ` (${value.toFixed(1)} ×)`
const seconds = (value: number) =>
  value < 120 ? `${value.toFixed(1)} s` : `${Math.floor(value / 60)} min ${Math.round(value % 60)} s`

type SiteRow = { label: string; value: (result: SizeResult) => string | null; target?: string }

const SITE_ROWS: SiteRow[] = [
  {
    label: 'build: validate + contentlayer + next build + prune + headers + compress',
    value: (r) => (r.build ? seconds(r.build.totalSeconds) : null),
    target: '≤ 150 s',
  },
  {
    label: '… validate / contentlayer / next build / prune / headers / compress',
    value: (r) =>
      r.build
        ? [
            r.build.validateSeconds,
            r.build.contentlayerSeconds,
            r.build.nextSeconds,
            r.build.pruneSeconds,
            r.build.headersSeconds,
            r.build.compressSeconds,
          ]
            .map(seconds)
            .join(' / ')
        : null,
  },
  { label: 'pages (.html in out/)', value: (r) => (r.files ? String(r.files.pages) : null) },
  { label: 'out/ size', value: (r) => (r.files ? MB(r.files.outBytes) : null) },
  {
    label: 'home HTML, gzip (raw)',
    value: (r) => (r.files ? `${kB(r.files.homeHtml.gzip)} (${kB(r.files.homeHtml.raw)})` : null),
    target: '≤ 60 kB gzip',
  },
  {
    label: 'topic page HTML (caching), gzip (raw)',
    value: (r) =>
      r.files?.topicHtml ? `${kB(r.files.topicHtml.gzip)} (${kB(r.files.topicHtml.raw)})` : null,
  },
  {
    label: 'home JS, gzip (files)',
    value: (r) => (r.files ? `${kB(r.files.homeJs.gzip)} (${r.files.homeJs.files})` : null),
  },
  {
    label: 'home JS ÷ bare page JS (/types/)',
    value: (r) => (r.files ? `${r.files.homeJsRatio.toFixed(3)} ×` : null),
    target: '≤ 1.10 ×',
  },
  {
    label: 'search data files on disk, gzip (raw)',
    value: (r) => (r.files ? `${kB(r.files.searchData.gzip)} (${kB(r.files.searchData.raw)})` : null),
  },
  {
    label: 'Pagefind: index built in / bundle on disk / pages',
    value: (r) =>
      r.pagefindIndex
        ? `${seconds(r.pagefindIndex.seconds)} / ${MB(r.pagefindIndex.bytes)} / ${r.pagefindIndex.pages}`
        : null,
  },
]

type EngineRow = { label: string; value: (e: EngineResult) => string; target?: string; floor?: boolean }

const ENGINE_ROWS: EngineRow[] = [
  {
    label: 'bytes fetched for search before the first result (compressed)',
    value: (e) => kB(e.median.searchBytes),
    target: 'ours < Pagefind',
  },
  { label: '… everything fetched by then (page, scripts, data)', value: (e) => kB(e.median.pageBytes) },
  { label: 'load → search ready', value: (e) => ms(e.median.hydrationMs) },
  {
    label: 'first key, cold → results painted (× floor)',
    value: (e) => `${ms(e.median.coldFirstKeyMs)}${times(e.vsFloor?.coldFirstKey)}`,
    target: '≤ 300 ms at 10k; < Pagefind',
  },
  {
    label: '… the same results, timed from the box getting focus',
    value: (e) => ms(e.median.coldFromFocusMs),
  },
  {
    label: 'keystroke → painted p50 (× floor)',
    value: (e) => `${ms(e.median.p50Ms)}${times(e.vsFloor?.p50)}`,
  },
  {
    label: 'keystroke → painted p95 (× floor)',
    value: (e) => `${ms(e.median.p95Ms)}${times(e.vsFloor?.p95)}`,
    target: '≤ 2 × floor; < Pagefind',
  },
  { label: 'keystroke → painted max', value: (e) => ms(e.median.maxMs) },
  {
    label: 'last key of a query → results list settled p50 / p95',
    value: (e) => `${ms(e.median.settleP50Ms)} / ${ms(e.median.settleP95Ms)}`,
  },
  {
    label: '… after that key’s first results painted, p95',
    value: (e) => ms(e.median.settleAfterResultsP95Ms),
    target: '≤ 2 frames (33 ms)',
  },
  {
    label: 'long tasks (> 50 ms) while typing: count, longest',
    value: (e) => `${e.median.longTasks}, ${ms(e.median.longTaskMaxMs)}`,
    target: 'none',
  },
  {
    label: '… leaving out the first (cold) query',
    value: (e) => `${e.median.warmLongTasks}, ${ms(e.median.warmLongTaskMaxMs)}`,
  },
  {
    label: 'recall@5 of the intended entry, typo queries',
    value: (e) =>
      `${Math.round(e.median.recallAt5 * e.median.typoQueriesTyped)} / ${e.median.typoQueriesTyped}`,
    target: 'ours > Pagefind',
    floor: false,
  },
  {
    label: 'queries typed / keys timed (timed out) / runs',
    value: (e) => `${e.median.queriesTyped} / ${e.median.keystrokes} (${e.median.timedOutKeys}) / ${e.runs}`,
  },
]

const NAMES = { floor: 'floor (bare echo)', ours: 'ours', pagefind: 'Pagefind' } as const

function markdown(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ]
}

function engineTable(result: SizeResult): string[] {
  const engines = ENGINES.filter((engine) => result.engines[engine])
  if (engines.length === 0) return []
  const rows = ENGINE_ROWS.map((row) => [
    row.label,
    ...engines.map((engine) => {
      const figures = result.engines[engine]
      return figures && !(engine === 'floor' && row.floor === false) ? row.value(figures) : '–'
    }),
    row.target ?? '',
  ])
  const title = `Typing at ${result.size.toLocaleString('en')} entries (medians of runs; × = ÷ the floor's figure)`
  return ['', title, '', ...markdown(['', ...engines.map((engine) => NAMES[engine]), 'target'], rows)]
}

export function renderTable(results: readonly SizeResult[]): string {
  const header = ['', ...results.map((r) => r.size.toLocaleString('en')), 'target at 10,000']
  const siteRows = SITE_ROWS.map((row) => [
    row.label,
    ...results.map((r) => row.value(r) ?? (r.buildError ? 'build failed' : '–')),
    row.target ?? '',
  ])
  const lines = markdown(header, siteRows)
  const smallest = results.find((r) => r.build)
  const largest = results.findLast((r) => r.build)
  if (smallest?.build && largest?.build && smallest !== largest) {
    const ratio = largest.build.totalSeconds / smallest.build.totalSeconds
    lines.push(
      '',
      `Build time ${largest.size.toLocaleString('en')} ÷ ${smallest.size.toLocaleString('en')}: ${ratio.toFixed(1)} × (target at 10,000 ÷ 1,000: ≤ 12 ×)`,
    )
  }
  for (const result of results) lines.push(...engineTable(result))
  const problems = results.flatMap((r) => [
    ...(r.buildError ? [`- ${r.size}: build failed: ${r.buildError}`] : []),
    ...(r.browserError ? [`- ${r.size}: browser measurement failed: ${r.browserError}`] : []),
    ...r.notes.map((note) => `- ${r.size}: ${note}`),
  ])
  if (problems.length > 0) lines.push('', 'Notes:', ...problems)
  lines.push(
    '',
    'kB = 1000 bytes; page weights are gzip level 6, fetched bytes are as served (compressed). Keys that add only a space are not timed.',
  )
  return lines.join('\n')
}
