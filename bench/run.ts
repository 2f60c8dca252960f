/**
 * `npm run bench` (see --help): builds the site from synthetic catalogues of each size, weighs what
 * it ships, indexes the same build with Pagefind, types the same queries into the floor page, our
 * search and Pagefind's, then writes bench/results.json and docs/performance.md and prints the tables.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

import { runIfMain } from '../tools/lib/cli'
import { buildSite, log, WORK_DIR } from './build-site'
import { indexWithPagefind, removeEnginePages, writeEnginePages } from './engines'
import { measureFiles } from './measure-files'
import { readOptions, type BenchOptions } from './options'
import { benchResults, RESULTS_FILE, writeReport, type SizeResult } from './report'
import { typeIntoEngines } from './typing'
import { replaceFile } from '../tools/lib/files'

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** `benchStarted` (performance.now()) lets the typing budget shrink so the whole bench ends within --time-limit. */
async function benchSize(size: number, options: BenchOptions, benchStarted: number): Promise<SizeResult> {
  const result: SizeResult = { size, engines: {}, notes: [] }
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
    result.browserError = message(error).split('\n')[0]
    log(`${size}: browser measurement failed: ${result.browserError}`)
  }
  return result
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

  const results = benchResults(options, sizes, (performance.now() - started) / 1000)
  replaceFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\n${await writeReport(results)}`)
  log(`done in ${(results.benchSeconds / 60).toFixed(1)} min; wrote ${RESULTS_FILE} and docs/performance.md`)
  return sizes.some((size) => size.buildError || size.browserError) ? 1 : 0
}

runIfMain(import.meta.url, bench)
