/**
 * The bench's results: the shape of bench/results.json, and its tables in markdown, printed by
 * `npm run bench` and written to docs/performance.md (`npm run bench:report` writes it again from
 * the results file, after a change to the tables).
 */
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'

import { format, resolveConfig } from 'prettier'
import writeFileAtomic from 'write-file-atomic'

import { runIfMain } from '../tools/lib/cli'
import { BUILD_STEPS, ROOT, type BuildFigures } from './build-site'
import { ENGINE_NAMES, ENGINES, PHASES, QUERIES, TYPO_QUERIES } from './config'
import type { PagefindIndexFigures } from './engines'
import type { FileFigures } from './measure-files'
import type { BenchOptions } from './options'
import type { EngineResult, EngineResults } from './typing'

export const RESULTS_FILE = join(ROOT, 'bench', 'results.json')
export const REPORT_FILE = join(ROOT, 'docs', 'performance.md')

/** A size's figures; a figure not measured is missing (or null, in results written before 2026-12). */
export type SizeResult = {
  size: number
  build?: BuildFigures | null
  buildError?: string | null
  files?: FileFigures | null
  pagefindIndex?: PagefindIndexFigures | null
  engines: EngineResults
  browserError?: string | null
  notes: string[]
}

/** What bench/results.json holds: the run (when, where, with which options) and the figures of each size. */
export function benchResults(options: BenchOptions, sizes: SizeResult[], benchSeconds: number) {
  const cpus = os.cpus()
  return {
    date: new Date().toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryBytes: os.totalmem(),
      loadAverage: os.loadavg(),
      node: process.version,
    },
    options: {
      ...options,
      phases: [...options.phases],
      queries: QUERIES,
      typoQueries: TYPO_QUERIES.map((typo) => typo.query),
    },
    units: 'bytes and milliseconds unless named; gzip is zlib level 6 (the default); kB = 1000 bytes',
    benchSeconds,
    sizes,
  }
}
export type BenchResults = ReturnType<typeof benchResults>

/** A figure, or a dash when there is none: NaN in a run, null once written to results.json, absent in older results. */
const figure = (show: (value: number) => string) => (value: number | null | undefined) =>
  value == null || Number.isNaN(value) ? '–' : show(value)
const kB = figure((bytes) => `${(bytes / 1000).toFixed(1)} kB`)
const MB = figure((bytes) => `${(bytes / 1_000_000).toFixed(1)} MB`)
const ms = figure((value) => `${value.toFixed(value < 100 ? 1 : 0)} ms`)
const seconds = figure((value) =>
  value < 120 ? `${value.toFixed(1)} s` : `${Math.floor(value / 60)} min ${Math.round(value % 60)} s`,
)
const ratio = figure((value) => `${value.toFixed(3)} ×`)
const times = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? ` (${value.toFixed(1)} ×)` : ''
const weight = (bytes: { raw: number; gzip: number }) => `${kB(bytes.gzip)} (${kB(bytes.raw)})`
const count = figure((value) => value.toLocaleString('en'))

type Row<T> = [label: string, value: (figures: T) => string, target?: string, notFloor?: true]
const STEPS = BUILD_STEPS.map((step) => step.name)

const BUILD_ROWS: Row<BuildFigures>[] = [
  [`build: ${STEPS.join(' + ')}`, (build) => seconds(build.totalSeconds), '≤ 100 s'],
  [`… ${STEPS.join(' / ')}`, (build) => STEPS.map((step) => seconds(build[`${step}Seconds`])).join(' / ')],
]
const FILE_ROWS: Row<FileFigures>[] = [
  ['pages (.html in out/)', (files) => count(files.pages)],
  ['out/ size', (files) => MB(files.outBytes)],
  [
    'files in out/ (per page)',
    (f) => (f.outFiles ? `${count(f.outFiles)} (${f.outFilesPerPage.toFixed(1)})` : '–'),
  ],
  ['home HTML, gzip (raw)', (files) => (files.homeHtml ? weight(files.homeHtml) : '–'), '≤ 60 kB gzip'],
  ['topic page HTML (caching), gzip (raw)', (files) => (files.topicHtml ? weight(files.topicHtml) : '–')],
  ['home JS, gzip (files)', (files) => `${kB(files.homeJs.gzip)} (${files.homeJs.files})`],
  ['bare page JS (/types/), gzip (files)', (files) => `${kB(files.bareJs.gzip)} (${files.bareJs.files})`],
  ['home JS ÷ bare page JS', (files) => ratio(files.homeJsRatio), '≤ 1.10 ×'],
  ['search data files on disk, gzip (raw)', (files) => weight(files.searchData)],
]
const PAGEFIND_ROWS: Row<PagefindIndexFigures>[] = [
  [
    'Pagefind: index built in / bundle on disk / pages',
    (p) => `${seconds(p.seconds)} / ${MB(p.bytes)} / ${count(p.pages)}`,
  ],
]

// Figures over an engine's medians (`runs` and `vsFloor` beside them); recall is left out for the floor, which finds nothing.
type Medians = EngineResult['median'] & Pick<EngineResult, 'runs' | 'vsFloor'>
const ENGINE_ROWS: Row<Medians>[] = [
  [
    'bytes fetched for search before the first result (compressed)',
    (m) => kB(m.searchBytes),
    'ours < Pagefind',
  ],
  ['… everything fetched by then (page, scripts, data)', (m) => kB(m.pageBytes)],
  ['load → search ready', (m) => ms(m.hydrationMs)],
  [
    'first key, cold → results painted (× floor)',
    (m) => `${ms(m.coldFirstKeyMs)}${times(m.vsFloor?.coldFirstKey)}`,
    '≤ 300 ms at 10k; < Pagefind',
  ],
  ['… the same results, timed from the box getting focus', (m) => ms(m.coldFromFocusMs)],
  ['keystroke → painted p50 (× floor)', (m) => `${ms(m.p50Ms)}${times(m.vsFloor?.p50)}`],
  [
    'keystroke → painted p95 (× floor)',
    (m) => `${ms(m.p95Ms)}${times(m.vsFloor?.p95)}`,
    '≤ 2 × floor; < Pagefind',
  ],
  ['keystroke → painted max', (m) => ms(m.maxMs)],
  [
    'last key of a query → results list settled p50 / p95',
    (m) => `${ms(m.settleP50Ms)} / ${ms(m.settleP95Ms)}`,
  ],
  [
    '… after that key’s first results painted, p95',
    (m) => ms(m.settleAfterResultsP95Ms),
    '≤ 2 frames (33 ms)',
  ],
  [
    'long tasks (> 50 ms) while typing: count, longest',
    (m) => `${m.longTasks}, ${ms(m.longTaskMaxMs)}`,
    'none',
  ],
  ['… leaving out the first (cold) query', (m) => `${m.warmLongTasks}, ${ms(m.warmLongTaskMaxMs)}`],
  [
    'recall@5 of the intended entry, typo queries',
    (m) => `${Math.round(m.recallAt5 * m.typoQueriesTyped)} / ${m.typoQueriesTyped}`,
    'ours > Pagefind',
    true,
  ],
  [
    'queries typed / keys timed (timed out) / runs',
    (m) => `${m.queriesTyped} / ${m.keystrokes} (${m.timedOutKeys}) / ${m.runs}`,
  ],
]

const markdown = (header: string[], rows: string[][]) =>
  [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`)

/** The site's figures for each size: one row per figure, label first and target last. */
export function siteRows(results: readonly SizeResult[]) {
  const missing = (r: SizeResult) => (r.buildError ? 'build failed' : '–')
  const rows = <T>(list: Row<T>[], pick: (result: SizeResult) => T | null | undefined) =>
    list.map(([label, value, target = '']) => [
      label,
      ...results.map((r) => {
        const figures = pick(r)
        return figures ? value(figures) : missing(r)
      }),
      target,
    ])
  return [
    ...rows(BUILD_ROWS, (r) => r.build),
    ...rows(FILE_ROWS, (r) => r.files),
    ...rows(PAGEFIND_ROWS, (r) => r.pagefindIndex),
  ]
}

function engineTable(result: SizeResult): string[] {
  const engines = ENGINE_NAMES.filter((engine) => result.engines[engine])
  if (engines.length === 0) return []
  const rows = ENGINE_ROWS.map(([label, value, target = '', notFloor]) => [
    label,
    ...engines.map((engine) => {
      const figures = result.engines[engine]
      if (!figures || (engine === 'floor' && notFloor)) return '–'
      return value({ ...figures.median, runs: figures.runs, vsFloor: figures.vsFloor })
    }),
    target,
  ])
  const header = ['', ...engines.map((engine) => ENGINES[engine].name), 'target']
  return [
    '',
    `Typing at ${count(result.size)} entries (medians of runs; × = ÷ the floor's figure):`,
    '',
  ].concat(markdown(header, rows))
}

/** The tables of a run, with its notes. */
function tables(sizes: readonly SizeResult[]): string[] {
  const lines = ['The site, built from each catalogue:', '']
  lines.push(...markdown(['', ...sizes.map((r) => count(r.size)), 'target at 10,000'], siteRows(sizes)))
  const built = sizes.filter((r) => r.build)
  const [smallest, largest] = [built[0], built.at(-1)]
  if (smallest?.build && largest?.build && smallest !== largest) {
    const ratio = (largest.build.totalSeconds / smallest.build.totalSeconds).toFixed(1)
    lines.push(
      '',
      `Build time ${count(largest.size)} ÷ ${count(smallest.size)}: ${ratio} × (target at 10,000 ÷ 1,000: ≤ 12 ×).`,
    )
  }
  for (const result of sizes) lines.push(...engineTable(result))
  const notes = sizes.flatMap((r) => [
    ...(r.buildError ? [`${r.size}: build failed: ${r.buildError}`] : []),
    ...(r.browserError ? [`${r.size}: browser measurement failed: ${r.browserError}`] : []),
    ...r.notes.map((note) => `${r.size}: ${note}`),
  ])
  if (notes.length > 0) lines.push('', 'Notes:', '', ...notes.map((note) => `- ${note}`))
  lines.push(
    '',
    'kB = 1000 bytes; page weights are gzip level 6, fetched bytes are as served (compressed). Keys that add only a space are not timed. – : not measured in this run.',
  )
  return lines
}

/** docs/performance.md: how the results were made, then their tables, as Prettier writes markdown. */
export async function renderReport({ date, machine, options, benchSeconds, sizes }: BenchResults) {
  const flags = [
    `--sizes ${options.sizes.join(',')}`,
    `--runs ${options.runs}`,
    `--build-runs ${options.buildRuns}`,
  ]
  if (options.phases.length < PHASES.length) flags.push(`--only ${options.phases.join(',')}`)
  if (options.engines.length < ENGINE_NAMES.length) flags.push(`--engines ${options.engines.join(',')}`)
  const text = [
    '# Performance',
    '',
    '_Generated by `npm run bench:report` from `bench/results.json`, which `npm run bench` writes: do not edit._',
    '',
    `From \`npm run bench -- ${flags.join(' ')}\` (seed ${options.seed}) on ${date.slice(0, 16).replace('T', ' ')} UTC, ` +
      `${(benchSeconds / 60).toFixed(1)} min: ${machine.cpus} cores (${machine.cpuModel}), ` +
      `${(machine.memoryBytes / 1e9).toFixed(1)} GB, ${machine.os}, Node ${machine.node}, load average ` +
      `${machine.loadAverage.map((load) => load.toFixed(2)).join(' / ')} (1 / 5 / 15 min) at the end. ` +
      `Times are medians over the runs; the queries typed are in the results file.`,
    '',
    ...tables(sizes),
  ].join('\n')
  return format(text, { ...(await resolveConfig(REPORT_FILE)), filepath: REPORT_FILE })
}

/** Writes docs/performance.md from the results; returns its text. */
export async function writeReport(results: BenchResults): Promise<string> {
  const text = await renderReport(results)
  writeFileAtomic.sync(REPORT_FILE, text)
  return text
}

runIfMain(import.meta.url, async () => {
  await writeReport(JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults)
  console.log(`wrote ${REPORT_FILE} from ${RESULTS_FILE}`)
  return 0
})
