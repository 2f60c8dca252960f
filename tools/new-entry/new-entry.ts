import { join, relative } from 'node:path'

import { readContentFiles } from '../content/content-files'
import { isoDay } from '../../lib/schema/fields'
import { planNewEntry } from './scaffold'
import { consoleOutput, parseCommand, runIfMain, usageError, type Output } from '../lib/cli'
import { writeNewFile } from '../lib/files'

const USAGE =
  'Usage: npm run new -- --url <url> --title "…" --type <media type> --topics a,b ' +
  '[--authors "A, B"] [--published 2020] [--description "…"] [--slug s] [--content dir]'

/** `npm run new`: writes one new entry file with valid frontmatter; refuses duplicates and never overwrites. */
export function runNewEntry(argv: string[], io: Output = consoleOutput, today = isoDay()): number {
  const command = parseCommand(
    {
      args: argv,
      options: {
        url: { type: 'string' },
        title: { type: 'string' },
        type: { type: 'string' },
        topics: { type: 'string' },
        authors: { type: 'string' },
        published: { type: 'string' },
        description: { type: 'string', default: '' },
        slug: { type: 'string' },
        content: { type: 'string', default: 'content' },
      },
    },
    USAGE,
    io,
  )
  if ('exitCode' in command) return command.exitCode
  const { values } = command.parsed
  const missing = (['url', 'title', 'type', 'topics'] as const).filter((flag) => !values[flag]?.trim())
  if (missing.length > 0)
    return usageError(`Missing ${missing.map((flag) => `--${flag}`).join(', ')}.`, USAGE, io)
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)

  const content = readContentFiles(values.content)
  const plan = planNewEntry(
    {
      url: values.url!.trim(),
      title: values.title!.trim(),
      type: values.type!.trim(),
      topics: list(values.topics),
      authors: list(values.authors),
      published: values.published?.trim(),
      description: values.description,
      slug: values.slug?.trim(),
      today,
      entriesDir: relative(process.cwd(), join(values.content, 'entries')),
    },
    content,
  )
  if (!plan.ok) {
    io.err('No entry written:')
    for (const error of plan.errors) io.err(`  ${error}`)
    return 1
  }
  try {
    // Never over another file, even one that appeared since the folder was read.
    writeNewFile(plan.path, plan.text)
  } catch (error) {
    io.err(`No entry written: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  io.out(`Wrote ${plan.path}`)
  return 0
}

runIfMain(import.meta.url, runNewEntry)
