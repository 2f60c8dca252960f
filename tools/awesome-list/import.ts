import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'

import { readContentFiles } from '../content/content-files'
import { checkContent, comparableUrl, formatProblem } from '../content/content-rules'
import { siteEnv } from '../../lib/env.mjs'
import { isoDay } from '../../lib/schema/fields'
import { isMediaType, MEDIA_TYPES } from '../../lib/schema/media-types'
import { isRepositoryRoot, readListFromGit } from './git-dates'
import { planImport, type ItemReport, type ItemStatus } from './import-plan'
import { parseAwesomeList, type ParsedList } from './parse'
import { parseHeadingMap } from './sections'
import { consoleOutput, parseCommand, runIfMain, usageError, type Output } from '../lib/cli'
import { replaceFile, writeNewFile } from '../lib/files'

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
        content: { type: 'string', default: siteEnv.contentDir },
      },
    },
    USAGE,
    io,
  )
  if ('exitCode' in command) return command.exitCode
  const { values, positionals } = command.parsed
  if (positionals.length !== 1)
    return usageError('Give exactly one awesome-list file or git repository folder.', USAGE, io)
  const type = values.type?.toLowerCase() ?? null
  if (type !== null && !isMediaType(type))
    return usageError(`--type "${values.type}" is not a media type (${MEDIA_TYPES.join(', ')}).`, USAGE, io)

  const source = readSource(positionals[0]!, io)
  if (!source) return 1
  // Importing into a folder that is not there yet starts a catalogue of its own (a dry run only looks).
  const newCatalogue = ['entries', 'topics'].every((folder) => !existsSync(join(values.content, folder)))
  const files = newCatalogue ? { entries: [], topics: [], strays: [] } : readContentFiles(values.content)

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
  if (list.items.length === 0 && list.skipped.length === 0) {
    io.err(
      `Import of ${source.name} stopped; nothing was written: it holds no list items, so it is not an awesome list.`,
    )
    return 1
  }
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
    for (const folder of ['entries', 'topics']) mkdirSync(join(values.content, folder), { recursive: true })
    const siteJson = join(values.content, 'site.json')
    if (newCatalogue && !existsSync(siteJson)) {
      writeNewFile(siteJson, siteJsonOf(list, source.name))
      io.out(`Created ${shown(siteJson)}: the site's name and words, from the list's title`)
    }
    // A changed file is replaced whole, never half-written; a new one is never written over another.
    for (const write of plan.writes) {
      if (write.replaces) replaceFile(write.path, write.text)
      else writeNewFile(write.path, write.text)
    }
  }
  io.out(
    `${source.name}: ${source.firstListed ? 'README.md at HEAD, dated by its git history' : `added = ${today}`}`,
  )
  printReport(plan.items, io, { dryRun, update: values.update })
  for (const topic of plan.newTopics)
    io.out(`${dryRun ? 'Would create' : 'Created'} topic ${shown(topic.path)}: ${topic.title}`)
  return 0
}

type Source = { name: string; markdown: string; firstListed: Map<string, string> | null }

function readSource(path: string, io: Output): Source | null {
  try {
    let source: Source
    if (!statSync(path).isDirectory()) source = { name: path, markdown: readText(path), firstListed: null }
    else if (isRepositoryRoot(path)) source = { name: basename(resolve(path)), ...readListFromGit(path) }
    else source = { name: path, markdown: readText(join(path, 'README.md')), firstListed: null }
    if (source.markdown.includes('\0')) throw new Error('it is not a text file')
    return source
  } catch (error) {
    io.err(`Cannot read the list at ${path}: ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}

/** UTF-8 text, refused rather than read with replacement characters. */
function readText(path: string): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path))
}

/** A new catalogue's site.json: the list's own name and what it says of itself. */
function siteJsonOf(list: ParsedList, sourceName: string): string {
  const name = (list.title ?? basename(sourceName).replace(/\.md$/i, '')).slice(0, 80)
  const settings = {
    name,
    tagline: list.summary?.slice(0, 200) ?? `A searchable directory of ${name}.`,
    description: (
      list.summary ?? `The resources of ${name}, searchable, with a page for every topic and entry.`
    ).slice(0, 400),
  }
  return `${JSON.stringify(settings, null, 2)}\n`
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
      const from = { heading: '', url: ' (from its URL)', flag: ' (--type)' }[item.typeFrom!]
      io.out(
        `  + ${where}: new, ${shown(item.path!)}  ${item.title}${note}  [${item.type}${from}; ${item.topics!.join(', ')}]`,
      )
    } else if (item.status === 'present')
      io.out(`  = ${where}: already present, ${shown(item.path!)}  ${item.title}`)
    else if (item.status === 'changed') {
      const done = mode.update ? (mode.dryRun ? ', would update' : ', updated') : ''
      io.out(
        `  ~ ${where}: changed upstream (${item.changes!.join(', ')})${done}, ${shown(item.path!)}  ${item.title}`,
      )
    } else io.out(`  - ${where}: skipped, ${item.reason}: ${item.title}`)
  }
  const count = (status: ItemStatus) => items.filter((item) => item.status === status).length
  io.out(
    `Total: ${count('new')} new${mode.dryRun ? ' (not written)' : ''}, ${count('present')} already present, ` +
      `${count('changed')} changed upstream${mode.update ? (mode.dryRun ? ' (not updated)' : ' (updated)') : ''}, ` +
      `${count('skipped')} skipped${mode.dryRun ? '; dry run: nothing written' : ''}.`,
  )
  const kinds = items.flatMap((item) => (item.status === 'skipped' ? [kindOf(item.reason!)] : []))
  const sums = [...new Set(kinds)].map((kind) => `${kinds.filter((k) => k === kind).length} ${kind}`)
  if (sums.length > 0) io.out(`Skipped: ${sums.join('; ')}.`)
}

/** A skip reason without its particulars (after ":", ";" or " ("), to sum them up. */
function kindOf(reason: string): string {
  return reason.split(/:|;| \(/)[0]!.replace(/"[^"]*"/g, '"…"')
}

/** A path as the reader can use it: relative inside the working directory, absolute outside it. */
function shown(path: string): string {
  return path.startsWith('..') ? resolve(path) : path
}

runIfMain(import.meta.url, runImport)
