import { parseArgs, type ParseArgsConfig } from 'node:util'
import { pathToFileURL } from 'node:url'

import { readContent } from '../content/content-files'
import { formatProblem, type CheckedContent } from '../content/content-rules'

/** Where a command writes: the console by default, a buffer in tests. */
export type Output = { out: (line: string) => void; err: (line: string) => void }

export const consoleOutput: Output = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}

/** Runs a command when its file is the one node was started with (not when a test imports it). */
export function runIfMain(moduleUrl: string, command: (argv: string[]) => Promise<number> | number) {
  const started = process.argv[1]
  if (started && pathToFileURL(started).href === moduleUrl) {
    Promise.resolve(command(process.argv.slice(2))).then(
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

/** The message of a node:util parseArgs error (unknown flag, missing value), without its stack. */
function usageError(error: unknown, usage: string): string {
  const message = error instanceof Error ? error.message : String(error)
  return `${message}\n${usage}`
}

/** `--help` or `-h` anywhere asks for the usage line instead of a run. */
function asksForHelp(argv: string[]): boolean {
  return argv.includes('--help') || argv.includes('-h')
}

/**
 * The start of every command: answers `--help` with the usage line, or parses the flags, or reports a
 * usage error. A returned `exitCode` means the command is done.
 */
export function parseCommand<const T extends ParseArgsConfig & { args: string[] }>(
  config: T,
  usage: string,
  io: Output,
): { exitCode: number } | { parsed: ReturnType<typeof parseArgs<T>> } {
  if (asksForHelp(config.args)) {
    io.out(usage)
    return { exitCode: 0 }
  }
  try {
    return { parsed: parseArgs(config) }
  } catch (error) {
    io.err(usageError(error, usage))
    return { exitCode: 2 }
  }
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
