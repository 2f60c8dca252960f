import { consoleOutput, parseCommand, type Output } from '../tools/lib/cli'
import { DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_SIZES, ENGINES, PHASES, type Engine, type Phase } from './config'

export const USAGE = `Usage: npm run bench -- [options]

Builds the site from synthetic catalogues, weighs what it ships, indexes the same build with Pagefind
and types the same queries into three pages served by tools/site/serve.mjs in one headless Chromium:
the floor (a bare input echoing each key), our search and Pagefind. Writes bench/results.json and
prints a markdown table.

  --sizes 1000,10000     catalogue sizes (default ${DEFAULT_SIZES.join(',')})
  --runs 3               typing sessions per engine; figures are medians over them (default ${DEFAULT_RUNS})
  --build-runs 1         builds per size; build times are medians over them (default 1)
  --only build,files,typing
                         phases to run (default all); without "build" the previous build in
                         bench/work/site-<size>/out is measured, and must exist
  --engines floor,ours,pagefind
                         pages typed into (default all three)
  --skip-build           reuse a previous build when there is one (same as leaving out "build")
  --seed N               seed of the synthetic catalogue (default ${DEFAULT_SEED})
  --build-timeout 1200   seconds allowed for one build
  --browser-budget 300   seconds of typing allowed per size; fewer runs or queries when it runs out
  --time-limit 1500      seconds for the whole bench; the typing budget shrinks to fit
  -h, --help             this text

Quick run: npm run bench -- --sizes 1000 --runs 1`

export type BenchOptions = {
  sizes: number[]
  runs: number
  buildRuns: number
  phases: Set<Phase>
  engines: Engine[]
  seed: number
  buildTimeoutSeconds: number
  browserBudgetSeconds: number
  timeLimitSeconds: number
}

function whole(name: string, raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw.replace(/_/g, '').trim())
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number ≥ 1, got "${raw}"`)
  return value
}

function listOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[]): T[] {
  if (raw === undefined) return [...allowed]
  const items = raw.split(',').map((item) => item.trim())
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item))
  if (unknown.length > 0 || items.length === 0)
    throw new Error(`--${name} takes a comma-separated list of ${allowed.join(', ')}; got "${raw}"`)
  return items as T[]
}

/** The bench's options, or an exit code when it is done (--help, a usage error). */
export function readOptions(argv: string[], io: Output = consoleOutput): BenchOptions | number {
  const command = parseCommand(
    {
      args: argv,
      options: {
        sizes: { type: 'string' },
        runs: { type: 'string' },
        'build-runs': { type: 'string' },
        only: { type: 'string' },
        engines: { type: 'string' },
        'skip-build': { type: 'boolean', default: false },
        seed: { type: 'string' },
        'build-timeout': { type: 'string' },
        'browser-budget': { type: 'string' },
        'time-limit': { type: 'string' },
      },
    },
    USAGE,
    io,
  )
  if ('exitCode' in command) return command.exitCode
  const { values } = command.parsed
  try {
    const phases = new Set(listOf('only', values.only, PHASES))
    if (values['skip-build']) phases.delete('build')
    return {
      sizes: values.sizes ? values.sizes.split(',').map((size) => whole('sizes', size, 0)) : DEFAULT_SIZES,
      runs: whole('runs', values.runs, DEFAULT_RUNS),
      buildRuns: whole('build-runs', values['build-runs'], 1),
      phases,
      engines: listOf('engines', values.engines, ENGINES),
      seed: whole('seed', values.seed, DEFAULT_SEED),
      buildTimeoutSeconds: whole('build-timeout', values['build-timeout'], 1200),
      browserBudgetSeconds: whole('browser-budget', values['browser-budget'], 300),
      timeLimitSeconds: whole('time-limit', values['time-limit'], 25 * 60),
    }
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    return 2
  }
}
