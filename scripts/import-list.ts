import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

import { planImport, type SectionReport } from '../lib/tooling/awesome-list/import-plan'
import { parseAwesomeList } from '../lib/tooling/awesome-list/parse'
import { parseSectionMap } from '../lib/tooling/awesome-list/sections'
import { readContentFiles } from '../lib/content-files'
import { readTopicRecord } from '../lib/content-records'
import { isoDay } from '../lib/entry-file'
import { consoleOutput, parseCommand, runIfMain, type Output } from './cli'

const USAGE =
  'Usage: npm run import -- <awesome-list.md> [--map "Section name=media type"]... [--topic slug] [--dry-run] [--content dir]'

/** `npm run import`: one entry file per item of an awesome-list README; never overwrites. */
export function runImport(argv: string[], io: Output = consoleOutput, today = isoDay()): number {
  const command = parseCommand(
    {
      args: argv,
      allowPositionals: true,
      options: {
        map: { type: 'string', multiple: true, default: [] },
        topic: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        content: { type: 'string', default: 'content' },
      },
    },
    USAGE,
    io,
  )
  if ('exitCode' in command) return command.exitCode
  const { values, positionals } = command.parsed
  if (positionals.length !== 1) {
    io.err(`Give exactly one awesome-list file.\n${USAGE}`)
    return 2
  }
  const [listPath] = positionals as [string]
  let markdown: string
  try {
    markdown = readFileSync(listPath, 'utf8')
  } catch (error) {
    io.err(`Cannot read ${listPath}: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }

  const sectionMap = parseSectionMap(values.map)
  if (sectionMap.errors.length > 0) {
    for (const error of sectionMap.errors) io.err(error)
    return 2
  }
  const content = readContentFiles(values.content)
  let topics
  try {
    topics = content.topics.map(readTopicRecord)
  } catch (error) {
    io.err(
      `Cannot read the topics in ${values.content}/topics: ${error instanceof Error ? error.message : error}`,
    )
    return 1
  }

  const plan = planImport(parseAwesomeList(markdown), content, topics, {
    map: sectionMap.map,
    topic: values.topic ?? null,
    today,
    entriesDir: relative(process.cwd(), join(values.content, 'entries')),
  })
  if (!plan.ok) {
    io.err(`Import of ${listPath} failed; nothing was written:`)
    for (const error of plan.errors) io.err(`  ${error}`)
    return 1
  }

  if (!values['dry-run'] && plan.files.length > 0) {
    mkdirSync(join(values.content, 'entries'), { recursive: true })
    // 'wx' fails rather than replace a file that appeared since the plan was made.
    for (const file of plan.files) writeFileSync(file.path, file.text, { flag: 'wx' })
  }
  printSummary(plan.sections, io, values['dry-run'])
  return 0
}

function printSummary(sections: SectionReport[], io: Output, dryRun: boolean) {
  const verb = dryRun ? 'would create' : 'created'
  for (const section of sections) {
    if (section.created.length + section.alreadyPresent.length + section.skipped.length === 0) continue
    io.out(
      `${section.heading || '(no heading)'}: ${section.created.length} ${verb}, ` +
        `${section.alreadyPresent.length} already present, ${section.skipped.length} skipped`,
    )
    for (const item of section.created) io.out(`  + ${item.path}  ${item.title}`)
    for (const item of section.alreadyPresent) io.out(`  = ${item.title}: already present (${item.listedBy})`)
    for (const item of section.skipped) io.out(`  - line ${item.line}: skipped, ${item.reason}: ${item.text}`)
  }
  const total = (pick: (s: SectionReport) => unknown[]) => sections.reduce((n, s) => n + pick(s).length, 0)
  io.out(
    `Total: ${total((s) => s.created)} ${verb}, ${total((s) => s.alreadyPresent)} already present, ` +
      `${total((s) => s.skipped)} skipped${dryRun ? ' (dry run: nothing written)' : ''}.`,
  )
}

runIfMain(import.meta.url, runImport)
