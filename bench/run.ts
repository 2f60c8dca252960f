/**
 * `npm run bench` (see --help): builds the site from synthetic catalogues of each size, weighs what
 * it ships, indexes the same build with Pagefind, types the same queries into the floor page, our
 * search and Pagefind's, then prints a markdown table and writes bench/results.json.
 */
import { existsSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'

import writeFileAtomic from 'write-file-atomic'

import { runIfMain } from '../tools/lib/cli'
import { typeIntoEngines, type EngineResults } from './browser-runs'
import { buildSite, log, ROOT, WORK_DIR, type BuildFigures } from './build-site'
import { QUERIES, TYPO_QUERIES } from './config'
import { removeEnginePages, writeEnginePages } from './engine-pages'
import { measureFiles, type FileFigures } from './measure-files'
import { readOptions, type BenchOptions } from './options'
import { indexWithPagefind, type PagefindIndexFigures } from './pagefind-index'
import { renderTable } from './table'

const RESULTS_FILE = join(ROOT, 'bench', 'results.json')

export type SizeResult = {
  size: number
  build: BuildFigures | null
  buildError: string | null
  files: FileFigures | null
  pagefindIndex: PagefindIndexFigures | null
  engines: EngineResults
  browserError: string | null
  notes: string[]
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** `benchStarted` (performance.now()) lets the typing budget shrink so the whole bench ends within --time-limit. */
async function benchSize(size: number, options: BenchOptions, benchStarted: number): Promise<SizeResult> {
  const result: SizeResult = {
    size,
    build: null,
    buildError: null,
    files: null,
    pagefindIndex: null,
    engines: {},
    browserError: null,
    notes: [],
  }
  const siteDir = join(WORK_DIR, `site-${size}`)
  const outDir = join(siteDir, 'out')
  if (options.phases.has('build')) {
    try {
      result.build = await buildSite(size, options, siteDir)
    } catch (error) {
      result.buildError = message(error)
      log(`${size}: build failed: ${result.buildError}`)
      return result
    }
  } else if (!existsSync(join(outDir, 'index.html'))) {
    result.buildError = `no earlier build in ${outDir}: run with "build" in --only`
    return result
  } else result.notes.push('measured the earlier build in bench/work (no build this run)')

  removeEnginePages(outDir)
  if (options.phases.has('files')) {
    result.files = measureFiles(outDir)
    result.notes.push(...result.files.notes)
  }
  if (!options.phases.has('typing')) return result
  try {
    if (options.engines.includes('pagefind')) result.pagefindIndex = await indexWithPagefind(outDir)
    writeEnginePages(outDir)
    const timeLeft = options.timeLimitSeconds - (performance.now() - benchStarted) / 1000 - 15
    // At least a minute of typing, even when the builds have used up the time limit.
    const budget = Math.max(60, Math.min(options.browserBudgetSeconds, timeLeft))
    result.engines = await typeIntoEngines(outDir, options.engines, options.runs, budget, result.notes)
  } catch (error) {
    result.browserError = message(error).split('\n')[0] ?? ''
    log(`${size}: browser measurement failed: ${result.browserError}`)
  }
  return result
}

function machine() {
  const cpus = os.cpus()
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryBytes: os.totalmem(),
    loadAverage: os.loadavg(),
    node: process.version,
  }
}

async function bench(argv: string[]): Promise<number> {
  const options = readOptions(argv)
  if (typeof options === 'number') return options
  const started = performance.now()
  mkdirSync(WORK_DIR, { recursive: true })
  log(
    `sizes ${options.sizes.join(', ')}; ${[...options.phases].join(', ')}; engines ${options.engines.join(', ')}`,
  )
  const sizes: SizeResult[] = []
  for (const size of options.sizes) sizes.push(await benchSize(size, options, started))

  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    options: { ...options, phases: [...options.phases], queries: QUERIES, typoQueries: TYPO_QUERIES },
    units: 'bytes and milliseconds unless named; gzip is zlib level 6 (the default); kB = 1000 bytes',
    benchSeconds: (performance.now() - started) / 1000,
    sizes,
  }
  mkdirSync(dirname(RESULTS_FILE), { recursive: true })
  writeFileAtomic.sync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\n${renderTable(sizes)}\n`)
  log(`done in ${(report.benchSeconds / 60).toFixed(1)} min; wrote ${RESULTS_FILE}`)
  return sizes.some((size) => size.buildError || size.browserError) ? 1 : 0
}

runIfMain(import.meta.url, bench)
