import { consoleOutput, parseCommand, usageError, type Output } from '../tools/lib/cli'
import { ENGINE_NAMES, PHASES } from './config'

/** The bench's flags, each with its default as it would be typed and what it does; --help is made from them. */
const FLAGS = {
  sizes: ['1000,10000', 'catalogue sizes'],
  runs: ['3', 'typing sessions per engine; figures are medians over them'],
  'build-runs': ['1', 'builds per size; build times are medians over them'],
  only: [
    PHASES.join(','),
    'phases to run; without "build" the last build in bench/work/site-<size>/out is measured',
  ],
  engines: [ENGINE_NAMES.join(','), 'pages typed into'],
  seed: ['20261125', 'seed of the synthetic catalogue'],
  'build-timeout': ['1200', 'seconds allowed for one build'],
  'browser-budget': ['300', 'seconds of typing per size; fewer runs or queries when it runs out'],
  'time-limit': ['1500', 'seconds for the whole bench; the typing budget shrinks to fit'],
} as const
type Flag = keyof typeof FLAGS

const line = (flag: string, help: string) => `  ${flag.padEnd(30)} ${help}`
export const USAGE = [
  'Usage: npm run bench -- [options]',
  '',
  'Builds the site from synthetic catalogues, weighs what it ships, indexes the same build with Pagefind',
  'and types the same queries into three pages served by tools/site/serve.mjs in one headless Chromium:',
  'the floor (a bare input echoing each key), our search and Pagefind. Writes bench/results.json and',
  'docs/performance.md (npm run bench:report renders it again) and prints the tables.',
  '',
  ...Object.entries(FLAGS).map(([flag, [value, help]]) => line(`--${flag} ${value}`, help)),
  line('-h, --help', 'this text'),
  '',
  'Quick run: npm run bench -- --sizes 1000 --runs 1',
].join('\n')

export type BenchOptions = Exclude<ReturnType<typeof readOptions>, number>

/** The bench's options, or an exit code when it is done (--help, a usage error). */
export function readOptions(argv: string[], io: Output = consoleOutput) {
  const options = Object.fromEntries(
    Object.entries(FLAGS).map(([flag, [value]]) => [flag, { type: 'string', default: value } as const]),
  )
  const command = parseCommand({ args: argv, options }, USAGE, io)
  if ('exitCode' in command) return command.exitCode
  const values: Record<string, unknown> = command.parsed.values
  const listOf = <T extends string>(flag: Flag, allowed: readonly T[]): T[] => {
    const items = String(values[flag]).split(/\s*,\s*/)
    if (!items.every((item) => (allowed as readonly string[]).includes(item)))
      throw new Error(
        `--${flag} takes a comma-separated list of ${allowed.join(', ')}; got "${values[flag]}"`,
      )
    return items as T[]
  }
  const whole = (flag: Flag, text = String(values[flag])) => {
    const value = Number(text.replace(/_/g, ''))
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${flag} must be a whole number ≥ 1, got "${text}"`)
    return value
  }
  try {
    return {
      sizes: String(values.sizes)
        .split(',')
        .map((size) => whole('sizes', size)),
      runs: whole('runs'),
      buildRuns: whole('build-runs'),
      phases: new Set(listOf('only', PHASES)),
      engines: listOf('engines', ENGINE_NAMES),
      seed: whole('seed'),
      buildTimeoutSeconds: whole('build-timeout'),
      browserBudgetSeconds: whole('browser-budget'),
      timeLimitSeconds: whole('time-limit'),
    }
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error), USAGE, io)
  }
}
