/**
 * Builds a synthetic catalogue of a given size as `npm run build` does, in a copy of the repository
 * under bench/work/ (out/ and .next/ there, never in the working tree), each step timed.
 */
import { spawn, spawnSync } from 'node:child_process'
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
import os from 'node:os'
import { join } from 'node:path'

import { generateCatalogue } from './generate'
import { median } from './stats'

export const ROOT = process.cwd()
export const WORK_DIR = join(ROOT, 'bench', 'work')

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
  '.e2e',
])

export type StepTiming = { ok: boolean; seconds: number; error?: string }
export type BuildFigures = {
  runs: number
  validateSeconds: number
  contentlayerSeconds: number
  headersSeconds: number
  compressSeconds: number
  nextSeconds: number
  pruneSeconds: number
  totalSeconds: number
}

export const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

/** Runs a command in its own process group, killed whole if it outlives the timeout; output goes to a log. */
export function runStep(
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
  { name: 'validate', bin: 'tsx', args: ['tools/content/validate.ts'] },
  { name: 'contentlayer', bin: 'node', args: ['tools/site/contentlayer-build.mjs'] },
  { name: 'next', bin: 'node', args: ['tools/site/next-build.mjs'] },
  { name: 'prune', bin: 'node', args: ['tools/site/prune-export.mjs'] },
  { name: 'headers', bin: 'node', args: ['tools/site/csp-headers.mjs'] },
  { name: 'compress', bin: 'node', args: ['tools/site/precompress.mjs'] },
] as const
type BuildStep = (typeof BUILD_STEPS)[number]['name']

export type BuildOptions = { seed: number; buildRuns: number; buildTimeoutSeconds: number }

/** Builds the catalogue of `size` entries `buildRuns` times in siteDir; the median time of each step. */
export async function buildSite(size: number, options: BuildOptions, siteDir: string): Promise<BuildFigures> {
  mkdirSync(WORK_DIR, { recursive: true })
  prepareSiteCopy(siteDir)
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
      for (const generated of ['.next', 'out', '.contentlayer'])
        rmSync(join(siteDir, generated), { recursive: true, force: true })
      // Each build starts from a settled disk, as on a fresh machine: the previous build's 100,000 files,
      // just deleted, and its gigabytes still being written out would otherwise slow this one down.
      spawnSync('sync')
      const timing: Record<BuildStep, number> = {
        validate: 0,
        contentlayer: 0,
        next: 0,
        prune: 0,
        headers: 0,
        compress: 0,
      }
      let spent = 0
      for (const step of BUILD_STEPS) {
        log(`${size}: build ${run}/${options.buildRuns}: ${step.name} (${spent.toFixed(1)} s so far)`)
        const logFile = join(WORK_DIR, `build-${size}-${step.name}.log`)
        const bin = step.bin === 'node' ? process.execPath : join(siteDir, 'node_modules', '.bin', step.bin)
        const left = options.buildTimeoutSeconds - spent
        const outcome = await runStep(bin, [...step.args], siteDir, env, left, logFile)
        spent += outcome.seconds
        if (!outcome.ok)
          throw new Error(`${step.name} ${outcome.error} (after ${spent.toFixed(0)} s of building)`)
        timing[step.name] = outcome.seconds
        if (step.name === 'contentlayer' && !existsSync(join(siteDir, '.contentlayer', 'generated')))
          throw new Error(`contentlayer wrote no ${siteDir}/.contentlayer/generated`)
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
    pruneSeconds: medianOf((t) => t.prune),
    headersSeconds: medianOf((t) => t.headers),
    compressSeconds: medianOf((t) => t.compress),
    totalSeconds: medianOf((t) => t.validate + t.contentlayer + t.next + t.prune + t.headers + t.compress),
  }
}
