import { readFileSync, writeFileSync } from 'node:fs'

import { renderAwesomeList } from './render'
import { site } from '../../lib/site'
import { consoleOutput, parseCommand, readValidContent, runIfMain, type Output } from '../lib/cli'

const USAGE = 'Usage: npm run export:readme [-- --check] [--content dir] [--out AWESOME.md]'

/** `npm run export:readme`: writes the catalogue as an awesome-list README; `--check` only compares. */
export function runExport(argv: string[], io: Output = consoleOutput): number {
  const command = parseCommand(
    {
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        content: { type: 'string', default: 'content' },
        out: { type: 'string', default: 'AWESOME.md' },
      },
    },
    USAGE,
    io,
  )
  if ('exitCode' in command) return command.exitCode
  const { values } = command.parsed

  const content = readValidContent(values.content, 'Cannot export', io)
  if (!content) return 1
  const text = renderAwesomeList({
    name: site.name,
    description: site.description,
    // A relative link keeps the file the same whatever SITE_URL a maintainer builds with.
    websiteLink: 'README.md',
    entries: content.entries,
    topics: content.topics,
  })

  if (values.check) {
    let committed: string | null = null
    try {
      committed = readFileSync(values.out, 'utf8')
    } catch {
      // Missing counts as out of date.
    }
    if (committed !== text) {
      io.err(
        `${values.out} is out of date with ${values.content}/: run \`npm run export:readme\` and commit it.`,
      )
      return 1
    }
    io.out(`${values.out} is up to date.`)
    return 0
  }
  writeFileSync(values.out, text)
  io.out(`Wrote ${values.out}: ${content.entries.length} entries.`)
  return 0
}

runIfMain(import.meta.url, runExport)
