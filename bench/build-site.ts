/**
 * Builds a synthetic catalogue of a given size as `npm run build` does, in a copy of the repository
 * under bench/work/ (out/ and .next/ there, never in the working tree), each step timed.
 */
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'

import { generateCatalogue } from './generate'
import { medianRecord } from './stats'

export const ROOT = process.cwd()
export const WORK_DIR = join(ROOT, 'bench', 'work')

// Not copied into a build copy: generated output, dependencies (linked instead) and the bench's own work
// folder. The bench's code is copied: the build type-checks the tools that import it.
const NOT_COPIED = new Set(
  'node_modules .next out .content-collections .git test-results playwright-report .e2e'.split(' '),
)

// The steps of `npm run build`, run one by one with this Node.js (no npm in between) so that each is timed.
export const BUILD_STEPS = [
  { name: 'content', script: 'tools/site/content.mjs' },
  { name: 'next', script: 'tools/site/next-build.mjs' },
  { name: 'finish', script: 'tools/site/finish-export.mjs' },
] as const
type StepSeconds = Record<`${(typeof BUILD_STEPS)[number]['name']}Seconds` | 'totalSeconds', number>
export type BuildFigures = { runs: number } & StepSeconds

export const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

/**
 * Runs a command in its own process group, killed whole if it outlives the timeout, its output in
 * logFile. Resolves with the seconds it took; rejects, naming the step, with the end of the log when it fails.
 */
export async function runStep(
  step: string,
  command: string,
  args: string[],
  { cwd, env = process.env, timeoutSeconds, logFile }: RunOptions,
): Promise<number> {
  const started = performance.now()
  const output = openSync(logFile, 'w')
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', output, output] })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    if (child.pid) process.kill(-child.pid, 'SIGKILL')
  }, timeoutSeconds * 1000)
  try {
    const [code] = await once(child, 'close')
    if (timedOut) throw new Error(`${step} timed out after ${timeoutSeconds} s (log: ${logFile})`)
    const tail = () => readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n')
    if (code !== 0) throw new Error(`${step} exited with ${code} (log: ${logFile}):\n${tail()}`)
    return (performance.now() - started) / 1000
  } finally {
    clearTimeout(timer)
    closeSync(output)
  }
}
type RunOptions = { cwd: string; env?: NodeJS.ProcessEnv; timeoutSeconds: number; logFile: string }

/** A copy of the working tree to build in, sharing node_modules through a link. */
function prepareSiteCopy(siteDir: string) {
  rmSync(siteDir, { recursive: true, force: true })
  mkdirSync(siteDir, { recursive: true })
  // The work folder holds the copy itself: bench/ is copied a child at a time, leaving it out.
  const sources = readdirSync(ROOT)
    .filter((name) => !NOT_COPIED.has(name))
    .flatMap((name) =>
      name === 'bench' ? readdirSync(join(ROOT, name)).map((child) => join(name, child)) : [name],
    )
    .filter((path) => join(ROOT, path) !== WORK_DIR)
  for (const path of sources) cpSync(join(ROOT, path), join(siteDir, path), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(siteDir, 'node_modules'), 'dir')
}

/** A synthetic catalogue of `size` entries, written into a new temp folder beside the real topics. */
export function writeContent(size: number, seed: number): string {
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

export type BuildOptions = { seed: number; buildRuns: number; buildTimeoutSeconds: number }

/** Builds the catalogue of `size` entries `buildRuns` times in siteDir; the median time of each step. */
export async function buildSite(size: number, options: BuildOptions, siteDir: string): Promise<BuildFigures> {
  prepareSiteCopy(siteDir)
  const contentDir = writeContent(size, options.seed)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // As `npm run build` in the copy would set them.
    PWD: siteDir,
    INIT_CWD: siteDir,
    CONTENT_DIR: contentDir,
    BASE_PATH: '',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const timings: StepSeconds[] = []
  try {
    for (let run = 1; run <= options.buildRuns; run += 1) {
      for (const generated of ['.next', 'out', '.content-collections'])
        rmSync(join(siteDir, generated), { recursive: true, force: true })
      // Each build starts from a settled disk, as on a fresh machine: the previous build's files, just
      // deleted, and its output still being written out would otherwise slow this one down.
      spawnSync('sync')
      const timing = { totalSeconds: 0 } as StepSeconds
      for (const step of BUILD_STEPS) {
        log(
          `${size}: build ${run}/${options.buildRuns}: ${step.name} (${timing.totalSeconds.toFixed(1)} s so far)`,
        )
        const seconds = await runStep(step.name, process.execPath, [step.script], {
          cwd: siteDir,
          env,
          timeoutSeconds: options.buildTimeoutSeconds - timing.totalSeconds,
          logFile: join(WORK_DIR, `build-${size}-${step.name}.log`),
        })
        timing[`${step.name}Seconds`] = seconds
        timing.totalSeconds += seconds
        if (step.name === 'content' && !existsSync(join(siteDir, '.content-collections', 'generated')))
          throw new Error(`the content build wrote no ${siteDir}/.content-collections/generated`)
      }
      timings.push(timing)
      log(`${size}: built in ${timing.totalSeconds.toFixed(1)} s`)
    }
  } finally {
    rmSync(contentDir, { recursive: true, force: true })
  }
  return { runs: timings.length, ...medianRecord(timings) }
}
