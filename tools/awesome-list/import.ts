import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'

import writeFileAtomic from 'write-file-atomic'

import { readContentFiles } from '../content/content-files'
import { checkContent, comparableUrl, formatProblem } from '../content/content-rules'
import { isoDay } from '../../lib/schema/fields'
import { isMediaType, MEDIA_TYPES } from '../../lib/schema/media-types'
import { isRepositoryRoot, readListFromGit } from './git-dates'
import { planImport, type ItemReport, type ItemStatus } from './import-plan'
import { parseAwesomeList } from './parse'
import { parseHeadingMap } from './sections'
import { consoleOutput, parseCommand, runIfMain, type Output } from '../lib/cli'

const USAGE =
  'Usage: npm run import -- <README.md | git repository folder> [--map "Heading=<media type>|topic:<slug>|skip"]...\n' +
  '       [--type <media type>] [--topic <slug>] [--create-topics] [--update] [--dry-run] [--content dir]'

/**
 * `npm run import`: one entry file per new item of an awesome-list README. From a git repository, new
 * entries are dated by the commit that first listed them. Existing files change only with --update.
 */
export function runImport(argv: string[], io: Output = consoleOutput, today = isoDay()): number {
  const command = parseCommand(
    {
      args: argv,
      allowPositionals: true,
      options: {
        map: { type: 'string', multiple: true, default: [] },
        type: { type: 'string' },
        topic: { type: 'string' },
        'create-topics': { type: 'boolean', default: false },
        update: { type: 'boolean', default: false },
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
    io.err(`Give exactly one awesome-list file or git repository folder.\n${USAGE}`)
    return 2
  }
  const type = values.type?.toLowerCase() ?? null
  if (type !== null && !isMediaType(type)) {
    io.err(`--type "${values.type}" is not a media type (${MEDIA_TYPES.join(', ')}).\n${USAGE}`)
    return 2
  }

  const source = readSource(positionals[0]!, io)
  if (!source) return 1
  const files = readContentFiles(values.content)
  const content = checkContent(files)
  const topicProblems = content.problems.filter((problem) =>
    files.topics.some(({ path }) => path === problem.file),
  )
  if (topicProblems.length > 0) {
    io.err(`Cannot read the topics in ${values.content}/topics:`)
    for (const problem of topicProblems) io.err(`  ${formatProblem(problem)}`)
    return 1
  }
  const headingMap = parseHeadingMap(values.map, content.topics)
  if (headingMap.errors.length > 0) {
    for (const error of headingMap.errors) io.err(error)
    return 2
  }

  const list = parseAwesomeList(source.markdown)
  const plan = planImport(list, files, content, {
    map: headingMap.map,
    type,
    topic: values.topic ?? null,
    createTopics: values['create-topics'],
    update: values.update,
    addedOf: (url) => source.firstListed?.get(comparableUrl(url)) ?? today,
    entriesDir: relative(process.cwd(), join(values.content, 'entries')),
    topicsDir: relative(process.cwd(), join(values.content, 'topics')),
    listName: list.title ?? source.name,
  })
  if (!plan.ok) {
    io.err(`Import of ${source.name} stopped; nothing was written:`)
    for (const error of plan.errors) io.err(`  ${error}`)
    return 1
  }

  const dryRun = values['dry-run']
  if (!dryRun) {
    // A changed file is replaced whole, never half-written; a new one is never written over another.
    for (const write of plan.writes) {
      if (write.replaces) writeFileAtomic.sync(write.path, write.text)
      else writeFileSync(write.path, write.text, { flag: 'wx' })
    }
  }
  io.out(
    `${source.name}: ${source.firstListed ? 'README.md at HEAD, dated by its git history' : `added = ${today}`}`,
  )
  printReport(plan.items, io, { dryRun, update: values.update })
  for (const topic of plan.newTopics)
    io.out(`${dryRun ? 'Would create' : 'Created'} topic ${topic.path}: ${topic.title}`)
  return 0
}

type Source = { name: string; markdown: string; firstListed: Map<string, string> | null }

function readSource(path: string, io: Output): Source | null {
  try {
    if (!statSync(path).isDirectory())
      return { name: path, markdown: readFileSync(path, 'utf8'), firstListed: null }
    if (isRepositoryRoot(path)) {
      const { markdown, firstListed } = readListFromGit(path)
      return { name: basename(resolve(path)), markdown, firstListed }
    }
    return { name: path, markdown: readFileSync(join(path, 'README.md'), 'utf8'), firstListed: null }
  } catch (error) {
    io.err(`Cannot read the list at ${path}: ${messageOf(error)}`)
    return null
  }
}

function printReport(items: ItemReport[], io: Output, mode: { dryRun: boolean; update: boolean }) {
  let heading: string | null = null
  for (const item of items) {
    if (item.heading !== heading) {
      heading = item.heading
      io.out(heading)
    }
    const where = `line ${item.line}`
    if (item.status === 'new') {
      const note = item.sameTitleAs
        ? ` (same title as ${item.sameTitleAs}, another URL: the same resource?)`
        : ''
      io.out(`  + ${where}: new, ${item.path}  ${item.title}${note}`)
    } else if (item.status === 'present') io.out(`  = ${where}: already present, ${item.path}  ${item.title}`)
    else if (item.status === 'changed') {
      const done = mode.update ? (mode.dryRun ? ', would update' : ', updated') : ''
      io.out(
        `  ~ ${where}: changed upstream (${item.changes!.join(', ')})${done}, ${item.path}  ${item.title}`,
      )
    } else io.out(`  - ${where}: skipped, ${item.reason}: ${item.title}`)
  }
  const count = (status: ItemStatus) => items.filter((item) => item.status === status).length
  io.out(
    `Total: ${count('new')} new${mode.dryRun ? ' (not written)' : ''}, ${count('present')} already present, ` +
      `${count('changed')} changed upstream${mode.update ? (mode.dryRun ? ' (not updated)' : ' (updated)') : ''}, ` +
      `${count('skipped')} skipped${mode.dryRun ? '; dry run: nothing written' : ''}.`,
  )
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

runIfMain(import.meta.url, runImport)
