import type { SizeResult } from './run'

/** The bench's figures as a markdown table: one column per catalogue size, then the target at 10,000. */

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`
const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(value < 100 ? 1 : 0)} ms`)
const seconds = (value: number) =>
  value < 120 ? `${value.toFixed(1)} s` : `${Math.floor(value / 60)} min ${Math.round(value % 60)} s`

type Row = { label: string; value: (result: SizeResult) => string | null; target?: string }

const ROWS: Row[] = [
  {
    label: 'build: validate + contentlayer + next build + headers',
    value: (r) => (r.build ? seconds(r.build.totalSeconds) : null),
    target: '≤ 3 min',
  },
  {
    label: '… validate / contentlayer / next build / headers',
    value: (r) =>
      r.build
        ? [
            r.build.validateSeconds,
            r.build.contentlayerSeconds,
            r.build.nextSeconds,
            r.build.headersSeconds ?? 0,
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
    label: 'bare page JS (/types/), gzip (files)',
    value: (r) => (r.files ? `${kB(r.files.bareJs.gzip)} (${r.files.bareJs.files})` : null),
  },
  {
    label: 'home JS ÷ bare page JS',
    value: (r) => (r.files ? `${r.files.homeJsRatio.toFixed(3)} ×` : null),
    target: '≤ 1.10 ×',
  },
  {
    label: 'search data fetched, gzip (raw)',
    value: (r) => (r.files ? `${kB(r.files.searchData.gzip)} (${kB(r.files.searchData.raw)})` : null),
    target: '≤ 300 kB gzip',
  },
  { label: 'load → search hydrated', value: (r) => (r.browser ? ms(r.browser.hydrationMs) : null) },
  {
    label: 'first key, cold (fetch + index + paint)',
    value: (r) => (r.browser ? ms(r.browser.coldFirstKeyMs) : null),
  },
  { label: 'keystroke → painted p50', value: (r) => (r.browser ? ms(r.browser.p50Ms) : null) },
  {
    label: 'keystroke → painted p95',
    value: (r) => (r.browser ? ms(r.browser.p95Ms) : null),
    target: '≤ 16 ms',
  },
  { label: 'keystroke → painted max', value: (r) => (r.browser ? ms(r.browser.maxMs) : null) },
  {
    label: 'long tasks while typing: count, max',
    value: (r) => (r.browser ? `${r.browser.longTasks}, ${ms(r.browser.longTaskMaxMs)}` : null),
    target: 'none > 50 ms',
  },
  {
    label: '… leaving out the first (cold) query',
    value: (r) => (r.browser ? `${r.browser.warmLongTasks}, ${ms(r.browser.warmLongTaskMaxMs)}` : null),
  },
  {
    label: 'queries typed / keys timed (timed out) / browser runs',
    value: (r) =>
      r.browser
        ? `${r.browser.queriesTyped} / ${r.browser.keystrokes} (${r.browser.timedOutKeys}) / ${r.browser.runs}`
        : null,
  },
]

export function renderTable(results: readonly SizeResult[]): string {
  const header = ['', ...results.map((r) => r.size.toLocaleString('en')), 'target at 10,000']
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`]
  for (const row of ROWS) {
    const cells = results.map((r) => {
      const value = row.value(r)
      if (value !== null) return value
      if (r.buildError) return 'build failed'
      if (r.browserError) return 'browser failed'
      return '–'
    })
    lines.push(`| ${[row.label, ...cells, row.target ?? ''].join(' | ')} |`)
  }

  const smallest = results.find((r) => r.build)
  const largest = results.findLast((r) => r.build)
  if (smallest && largest && smallest !== largest && smallest.build && largest.build) {
    const ratio = largest.build.totalSeconds / smallest.build.totalSeconds
    lines.push(
      '',
      `Build time ${largest.size.toLocaleString('en')} ÷ ${smallest.size.toLocaleString('en')}: ${ratio.toFixed(1)} × (target at 10,000 ÷ 1,000: ≤ 12 ×)`,
    )
  }
  const problems = results.flatMap((r) => [
    ...(r.buildError ? [`- ${r.size}: build failed: ${r.buildError}`] : []),
    ...(r.browserError ? [`- ${r.size}: browser measurement failed: ${r.browserError}`] : []),
    ...r.notes.map((note) => `- ${r.size}: ${note}`),
  ])
  if (problems.length > 0) lines.push('', 'Notes:', ...problems)
  lines.push(
    '',
    'Medians over the runs; kB = 1000 bytes; gzip = zlib level 6. Keys that add only a space are not timed.',
  )
  return lines.join('\n')
}
