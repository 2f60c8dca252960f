import { parseArgs, type ParseArgsConfig } from 'node:util'
import { pathToFileURL } from 'node:url'

import { readContent } from '../content/content-files'
import { formatProblem, type CheckedContent } from '../content/content-rules'

/** Where a command writes: the console by default, a buffer in tests. */
export type Output = { out: (line: string) => void; err: (line: string) => void }

export const consoleOutput: Output = { out: console.log, err: console.error }

/** Runs a command when its file is the one node was started with (not when a test imports it). */
export function runIfMain(moduleUrl: string, command: (argv: string[]) => Promise<number> | number) {
  const started = process.argv[1]
  if (started && pathToFileURL(started).href === moduleUrl) {
    // A thrown error, sync or async, is printed as its message: the tools' errors are for people.
    Promise.resolve(process.argv.slice(2))
      .then(command)
      .then(
        (code) => {
          process.exitCode = code
        },
        (error: unknown) => {
          console.error(error instanceof Error ? error.message : String(error))
          process.exitCode = 1
        },
      )
  }
}

/**
 * The start of every command: answers `--help` or `-h` anywhere with the usage line, or parses the flags,
 * or reports a usage error. A returned `exitCode` means the command is done.
 */
export function parseCommand<const T extends ParseArgsConfig & { args: string[] }>(
  config: T,
  usage: string,
  io: Output,
): { exitCode: number } | { parsed: ReturnType<typeof parseArgs<T>> } {
  if (config.args.includes('--help') || config.args.includes('-h')) {
    io.out(usage)
    return { exitCode: 0 }
  }
  try {
    return { parsed: parseArgs(config) }
  } catch (error) {
    return { exitCode: usageError(error instanceof Error ? error.message : String(error), usage, io) }
  }
}

/** Says what is wrong with the command line, then the usage line; the exit code of a usage error. */
export function usageError(message: string, usage: string, io: Output): number {
  io.err(`${message}\n${usage}`)
  return 2
}

/** The flags' whole numbers, each at least its minimum, or the message naming the first that is not. */
export function wholeNumbers<Flag extends string>(
  values: NoInfer<Partial<Record<Flag, string>>>,
  minimums: Record<Flag, number>,
): Record<Flag, number> | string {
  const numbers = {} as Record<Flag, number>
  for (const [flag, minimum] of Object.entries(minimums) as [Flag, number][]) {
    const value = values[flag] ?? ''
    if (!/^\d+$/.test(value) || Number(value) < minimum)
      return `--${flag} must be a whole number of at least ${minimum}, got "${value}".`
    numbers[flag] = Number(value)
  }
  return numbers
}

/**
 * The content folder's records when every file is valid. Otherwise prints the problems as the build
 * does, one a line under `<refusal>: N problem(s) in <folder>/`, and returns null: the command stops there.
 */
export function readValidContent(contentDir: string, refusal: string, io: Output): CheckedContent | null {
  const content = readContent(contentDir)
  if (content.problems.length === 0) return content
  io.err(`${refusal}: ${content.problems.length} problem(s) in ${contentDir}/`)
  for (const problem of content.problems) io.err(`  ${formatProblem(problem)}`)
  return null
}
