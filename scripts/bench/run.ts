/**
 * `npm run bench`: builds the site from synthetic catalogues of each size, weighs what it ships and
 * times typing in the search box, then prints a markdown table and writes bench/results.json.
 *
 *   npm run bench -- --sizes 1000,10000 --runs 3 [--build-runs 1] [--skip-build] [--seed N]
 *                    [--build-timeout 600] [--browser-budget 180] [--time-limit 840]
 *
 * Times are in seconds. --browser-budget caps the typing runs of each size; a size gets less
 * when needed so that the whole bench ends within --time-limit (a partial run is reported as such).
 *
 * Each catalogue is built in its own copy of the repository under bench/work/ (out/ and .next/
 * there, never in the working tree), from content written to a temporary folder.
 */
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

import { DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_SIZES, QUERIES } from './config'
import { generateCatalogue } from './generate'
import { launchChromium, measureTyping, type TypingFigures } from './measure-browser'
import { measureFiles, type FileFigures } from './measure-files'
import { renderTable } from './table'

const ROOT = process.cwd()
const WORK_DIR = join(ROOT, 'bench', 'work')
const RESULTS_FILE = join(ROOT, 'bench', 'results.json')
// Not copied into a build copy: generated output, dependencies (linked instead) and the bench's own files.
const NOT_COPIED = new Set([
  'node_modules',
  '.next',
  'out',
  '.contentlayer',
  '.git',
  'bench',
  'test-results',
  'playwright-report',
])

type StepTiming = { ok: boolean; seconds: number; error?: string }
export type BuildFigures = {
  runs: number
  validateSeconds: number
  contentlayerSeconds: number
  /** the CSP _headers step; absent in results from before it was timed */
  headersSeconds?: number
  nextSeconds: number
  totalSeconds: number
}
export type SizeResult = {
  size: number
  build: BuildFigures | null
  buildError: string | null
  files: FileFigures | null
  browser: (Omit<TypingFigures, 'rewrittenQueries'> & { runs: number }) | null
  browserRuns: TypingFigures[]
  browserError: string | null
  notes: string[]
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      'build-runs': { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      seed: { type: 'string' },
      'build-timeout': { type: 'string' },
      'browser-budget': { type: 'string' },
      'time-limit': { type: 'string' },
    },
  })
  const whole = (name: string, raw: string | undefined, fallback: number) => {
    const value = raw === undefined ? fallback : Number(raw)
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} must be a whole number ≥ 1, got "${raw}"`)
    return value
  }
  const sizes = values.sizes
    ? values.sizes.split(',').map((size) => whole('sizes', size.replace(/_/g, '').trim(), 0))
    : DEFAULT_SIZES
  return {
    sizes,
    runs: whole('runs', values.runs, DEFAULT_RUNS),
    buildRuns: whole('build-runs', values['build-runs'], 1),
    skipBuild: values['skip-build'] ?? false,
    seed: whole('seed', values.seed, DEFAULT_SEED),
    buildTimeoutSeconds: whole('build-timeout', values['build-timeout'], 600),
    browserBudgetSeconds: whole('browser-budget', values['browser-budget'], 180),
    timeLimitSeconds: whole('time-limit', values['time-limit'], 14 * 60),
  }
}

const median = (values: readonly number[]) => {
  const sorted = values.filter((value) => !Number.isNaN(value)).toSorted((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

/** Runs a command in its own process group, killed whole if it outlives the timeout; output goes to a log. */
function runStep(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutSeconds: number,
  logFile: string,
): Promise<StepTiming> {
  return new Promise((done) => {
    const started = performance.now()
    const output: Buffer[] = []
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    }, timeoutSeconds * 1000)
    child.on('close', (code) => {
      clearTimeout(timer)
      const seconds = (performance.now() - started) / 1000
      const text = Buffer.concat(output).toString('utf8')
      writeFileSync(logFile, text)
      const tail = text.trim().split('\n').slice(-15).join('\n')
      if (timedOut)
        done({ ok: false, seconds, error: `timed out after ${timeoutSeconds} s (log: ${logFile})` })
      else if (code !== 0)
        done({ ok: false, seconds, error: `exited with ${code} (log: ${logFile}):\n${tail}` })
      else done({ ok: true, seconds })
    })
  })
}

/** A copy of the working tree to build in, sharing node_modules through a link. */
function prepareSiteCopy(siteDir: string) {
  rmSync(siteDir, { recursive: true, force: true })
  mkdirSync(siteDir, { recursive: true })
  for (const name of readdirSync(ROOT)) {
    if (NOT_COPIED.has(name)) continue
    cpSync(join(ROOT, name), join(siteDir, name), { recursive: true })
  }
  symlinkSync(join(ROOT, 'node_modules'), join(siteDir, 'node_modules'), 'dir')
}

/** A temporary content folder: the generated entries beside a copy of the real topics. */
function writeContent(size: number, seed: number): string {
  const contentDir = mkdtempSync(join(os.tmpdir(), `ads-bench-${size}-`))
  cpSync(join(ROOT, 'content', 'topics'), join(contentDir, 'topics'), { recursive: true })
  const topicSlugs = readdirSync(join(contentDir, 'topics'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''))
    .toSorted()
  mkdirSync(join(contentDir, 'entries'))
  for (const file of generateCatalogue({ size, seed, topicSlugs }))
    writeFileSync(join(contentDir, file.path), file.text)
  return contentDir
}

// The steps of `npm run build`, run one by one (without npm in between) so that each is timed.
// `node` is this Node.js; any other bin is one of the site's node_modules/.bin.
const BUILD_STEPS = [
  { name: 'validate', bin: 'tsx', args: ['scripts/validate-content.ts'] },
  { name: 'contentlayer', bin: 'node', args: ['scripts/contentlayer-build.mjs'] },
  { name: 'next', bin: 'next', args: ['build'] },
  { name: 'headers', bin: 'node', args: ['scripts/csp-headers.mjs'] },
] as const
type BuildStep = (typeof BUILD_STEPS)[number]['name']

async function build(size: number, options: ReturnType<typeof readOptions>, siteDir: string) {
  const contentDir = writeContent(size, options.seed)
  // contentlayer2 writes .contentlayer/ under $PWD, not the process's working directory.
  const env = {
    ...process.env,
    PWD: siteDir,
    INIT_CWD: siteDir,
    CONTENT_DIR: contentDir,
    BASE_PATH: '',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const timings: Record<BuildStep, number>[] = []
  try {
    for (let run = 1; run <= options.buildRuns; run += 1) {
      for (const generated of ['.next', 'out', '.contentlayer']) {
        rmSync(join(siteDir, generated), { recursive: true, force: true })
      }
      const timing: Record<BuildStep, number> = { validate: 0, contentlayer: 0, next: 0, headers: 0 }
      let spent = 0
      for (const step of BUILD_STEPS) {
        log(`${size}: build ${run}/${options.buildRuns}: ${step.name} (${spent.toFixed(1)} s so far)`)
        const logFile = join(WORK_DIR, `build-${size}-${step.name}.log`)
        const left = options.buildTimeoutSeconds - spent
        const bin = step.bin === 'node' ? process.execPath : join(siteDir, 'node_modules', '.bin', step.bin)
        const outcome = await runStep(bin, [...step.args], siteDir, env, left, logFile)
        spent += outcome.seconds
        if (!outcome.ok)
          throw new Error(`${step.name} ${outcome.error} (after ${spent.toFixed(0)} s of building)`)
        timing[step.name] = outcome.seconds
        if (step.name === 'contentlayer' && !existsSync(join(siteDir, '.contentlayer', 'generated'))) {
          throw new Error(`contentlayer wrote no ${siteDir}/.contentlayer/generated`)
        }
      }
      timings.push(timing)
      log(`${size}: built in ${spent.toFixed(1)} s`)
    }
  } finally {
    rmSync(contentDir, { recursive: true, force: true })
  }
  const medianOf = (pick: (timing: Record<BuildStep, number>) => number) => median(timings.map(pick))
  return {
    runs: timings.length,
    validateSeconds: medianOf((t) => t.validate),
    contentlayerSeconds: medianOf((t) => t.contentlayer),
    nextSeconds: medianOf((t) => t.next),
    headersSeconds: medianOf((t) => t.headers),
    totalSeconds: medianOf((t) => t.validate + t.contentlayer + t.next + t.headers),
  }
}

async function freePort(from = 4500): Promise<number> {
  for (let port = from; port < from + 200; port += 1) {
    const free = await new Promise<boolean>((answer) => {
      const server = createServer()
      server.once('error', () => answer(false))
      server.listen(port, '127.0.0.1', () => server.close(() => answer(true)))
    })
    if (free) return port
  }
  throw new Error(`no free port in ${from}–${from + 199}`)
}

/** Serves a build's out/ with the project's own static server; resolves once it listens. */
async function serve(outDir: string) {
  const port = await freePort()
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs')], {
    env: { ...process.env, OUT_DIR: outDir, PORT: String(port), HOST: '127.0.0.1', BASE_PATH: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error('scripts/serve.mjs did not start within 20 s')), 20_000)
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) {
        clearTimeout(timer)
        ready()
      }
    })
    server.on('exit', (code) => fail(new Error(`scripts/serve.mjs exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.kill() }
}

async function measureBrowser(
  outDir: string,
  size: number,
  options: ReturnType<typeof readOptions>,
  result: SizeResult,
  budgetSeconds: number,
) {
  const server = await serve(outDir)
  const browser = await launchChromium()
  const started = performance.now()
  try {
    for (let run = 1; run <= options.runs; run += 1) {
      const elapsed = (performance.now() - started) / 1000
      const perRun = run > 1 ? elapsed / (run - 1) : 0
      if (run > 1 && elapsed + perRun > budgetSeconds) {
        result.notes.push(
          `browser: ${run - 1} of ${options.runs} runs fit the ${budgetSeconds.toFixed(0)} s budget (${perRun.toFixed(0)} s a run)`,
        )
        break
      }
      log(`${size}: typing run ${run}/${options.runs}`)
      const figures = await measureTyping(browser, {
        url: server.url,
        queries: QUERIES,
        deadline: started + budgetSeconds * 1000,
        log: (message) => log(`${size}: ${message}`),
      })
      if (figures.queriesTyped < QUERIES.length) {
        result.notes.push(
          `browser run ${run}: only ${figures.queriesTyped} of ${QUERIES.length} queries fit the ${budgetSeconds.toFixed(0)} s budget`,
        )
      }
      result.browserRuns.push(figures)
      log(
        `${size}: p50 ${figures.p50Ms.toFixed(1)} ms, p95 ${figures.p95Ms.toFixed(1)} ms, ${figures.longTasks} long tasks`,
      )
    }
  } finally {
    await browser.close()
    server.stop()
  }
  const runs = result.browserRuns
  const first = runs[0]
  if (!first) return
  const medianOf = (key: Exclude<keyof TypingFigures, 'rewrittenQueries'>) =>
    median(runs.map((run) => run[key]))
  result.browser = {
    runs: runs.length,
    hydrationMs: medianOf('hydrationMs'),
    coldFirstKeyMs: medianOf('coldFirstKeyMs'),
    queriesTyped: medianOf('queriesTyped'),
    keystrokes: medianOf('keystrokes'),
    p50Ms: medianOf('p50Ms'),
    p95Ms: medianOf('p95Ms'),
    maxMs: medianOf('maxMs'),
    timedOutKeys: medianOf('timedOutKeys'),
    longTasks: medianOf('longTasks'),
    longTaskMaxMs: medianOf('longTaskMaxMs'),
    warmLongTasks: medianOf('warmLongTasks'),
    warmLongTaskMaxMs: medianOf('warmLongTaskMaxMs'),
  }
  if (first.rewrittenQueries.length > 0) {
    result.notes.push(
      `search box rewrote ${first.rewrittenQueries.length} queries: ${first.rewrittenQueries.join('; ')}`,
    )
  }
}

/** `benchStarted` (performance.now()) lets the browser budget shrink so the whole bench ends within --time-limit. */
async function benchSize(
  size: number,
  options: ReturnType<typeof readOptions>,
  benchStarted: number,
): Promise<SizeResult> {
  const result: SizeResult = {
    size,
    build: null,
    buildError: null,
    files: null,
    browser: null,
    browserRuns: [],
    browserError: null,
    notes: [],
  }
  const siteDir = join(WORK_DIR, `site-${size}`)
  const outDir = join(siteDir, 'out')
  if (options.skipBuild && existsSync(join(outDir, 'index.html'))) {
    result.notes.push('--skip-build: measured the existing build in bench/work; no build time')
  } else {
    try {
      prepareSiteCopy(siteDir)
      result.build = await build(size, options, siteDir)
    } catch (error) {
      result.buildError = error instanceof Error ? error.message : String(error)
      log(`${size}: build failed: ${result.buildError}`)
      return result
    }
  }
  result.files = measureFiles(outDir)
  result.notes.push(...result.files.notes)
  try {
    const timeLeft = options.timeLimitSeconds - (performance.now() - benchStarted) / 1000 - 15
    // At least a minute of typing, even when the builds have used up the time limit.
    const budget = Math.max(60, Math.min(options.browserBudgetSeconds, timeLeft))
    await measureBrowser(outDir, size, options, result, budget)
  } catch (error) {
    result.browserError = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    log(`${size}: browser measurement failed: ${result.browserError}`)
  }
  return result
}

async function main() {
  const options = readOptions()
  const started = performance.now()
  mkdirSync(WORK_DIR, { recursive: true })
  log(`sizes ${options.sizes.join(', ')}; ${options.runs} browser runs; seed ${options.seed}`)
  const sizes: SizeResult[] = []
  for (const size of options.sizes) sizes.push(await benchSize(size, options, started))

  const cpus = os.cpus()
  const report = {
    date: new Date().toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryBytes: os.totalmem(),
      loadAverage: os.loadavg(),
      node: process.version,
    },
    options: { ...options, queries: QUERIES },
    units: 'bytes and milliseconds unless named; gzip is zlib level 6 (the default); kB = 1000 bytes',
    benchSeconds: (performance.now() - started) / 1000,
    sizes,
  }
  mkdirSync(resolve(RESULTS_FILE, '..'), { recursive: true })
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\n${renderTable(sizes)}\n`)
  log(`done in ${(report.benchSeconds / 60).toFixed(1)} min; wrote ${RESULTS_FILE}`)
  if (sizes.some((size) => size.buildError || size.browserError)) process.exitCode = 1
}

await main()
