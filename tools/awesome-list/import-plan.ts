import {
  comparableUrl,
  formatProblem,
  validateContent,
  type CheckedContent,
  type ContentFolder,
} from '../content/content-rules'
import {
  renderEntryFile,
  renderTopicFile,
  uniqueSlug,
  updateEntryFields,
  type NewEntry,
  type UpstreamFields,
} from '../content/entry-file'
import type { MediaType } from '../../lib/schema/media-types'
import { slugOfPath } from '../../lib/schema/permalinks'
import { slugify } from '../../lib/schema/slug'
import type { ParsedList } from './parse'
import { placeItems, type PlacementOptions, type TypeSource } from './placement'
import { knownTopics, topicByTitle } from './sections'
import { differences, label } from './upstream-changes'

export type ImportOptions = PlacementOptions & {
  /** `--update`: rewrite title, media type, access and description of entries changed upstream. */
  update: boolean
  /** The `added` date of a new entry listing this URL. */
  addedOf: (url: string) => string
  /** Where entry files go, as paths are named in `existing` (e.g. "content/entries"). */
  entriesDir: string
}

type PlannedWrite = { path: string; text: string; replaces: boolean }

export type ItemStatus = 'new' | 'present' | 'changed' | 'skipped'
export type ItemReport = {
  status: ItemStatus
  title: string
  line: number
  heading: string
  /** The entry file: created, already listing the URL, or changed. */
  path?: string
  /** For "changed": which of title, type, access, description differ. */
  changes?: string[]
  reason?: string
  /** For "new": an existing entry file whose title gives the same slug (another URL of the same thing?). */
  sameTitleAs?: string
  /** For "new": the media type, where it came from, and the topics. */
  type?: MediaType
  typeFrom?: TypeSource
  topics?: string[]
}

function skippedAs(report: ItemReport): ItemReport {
  return { status: 'skipped', title: report.title, line: report.line, heading: report.heading }
}

export type ImportPlan =
  | { ok: true; writes: PlannedWrite[]; items: ItemReport[]; newTopics: { path: string; title: string }[] }
  | { ok: false; errors: string[] }

/**
 * Decides what an import writes, without touching the disk (placeItems places the items). A URL already
 * in the content folder is reported as present or changed; only --update rewrites it.
 */
export function planImport(
  list: ParsedList,
  existing: ContentFolder,
  { entries, topics }: CheckedContent,
  options: ImportOptions,
): ImportPlan {
  const errors: string[] = []
  if (options.topic !== null && !topics.some((topic) => topic.slug === options.topic)) {
    errors.push(
      `--topic "${options.topic}": there is no topic file ${options.topic}.md (known: ${knownTopics(topics)})`,
    )
  }
  const placement = placeItems(list, topics, options)
  errors.push(...placement.errors)
  if (errors.length > 0) return { ok: false, errors }
  const reports: ItemReport[] = placement.skipped.map((item) => ({ ...item, status: 'skipped' }))

  // Compare with what the content folder holds (a file that does not pass its schema is left alone).
  const bytesOf = new Map(existing.entries.map((file) => [file.path, file.bytes]))
  const byUrl = new Map(entries.map((record) => [comparableUrl(record.url), record]))
  const takenSlugs = new Set(existing.entries.map((file) => slugOfPath(file.path).toLowerCase()))
  const firstListing = new Map<string, { line: number; added?: NewEntry }>()
  const added: { path: string; entry: NewEntry; report: ItemReport }[] = []
  const writes: PlannedWrite[] = []
  for (const { item, type, typeFrom, topic, heading } of placement.placed) {
    const base = { title: item.title, line: item.line, heading }
    let key: string
    try {
      key = comparableUrl(item.url)
    } catch {
      reports.push({ ...base, status: 'skipped', reason: `not a valid URL (${item.url})` })
      continue
    }
    const first = firstListing.get(key)
    if (first !== undefined) {
      // A repeat under another heading: its topic joins the entry the first listing makes.
      const joins = first.added !== undefined && !first.added.topics.includes(topic)
      if (joins) first.added!.topics.push(topic)
      reports.push({
        ...base,
        status: 'skipped',
        reason: `the list has this URL already (line ${first.line})${joins ? `; that entry is also in ${topic}` : ''}`,
      })
      continue
    }
    firstListing.set(key, { line: item.line })
    const upstream: UpstreamFields = {
      title: item.title,
      type,
      access: item.paid ? 'paid' : 'free',
      body: item.description,
    }
    const present = byUrl.get(key)
    if (present) {
      const changes = differences(present, upstream)
      if (changes.length === 0) {
        reports.push({ ...base, status: 'present', path: present.path })
        continue
      }
      reports.push({ ...base, status: 'changed', path: present.path, changes: changes.map(label) })
      if (options.update) {
        const bytes = bytesOf.get(present.path)!
        const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes)
        const fields = Object.fromEntries(changes.map((field) => [field, upstream[field]]))
        writes.push({
          path: present.path,
          text: updateEntryFields(present.path, text, fields),
          replaces: true,
        })
      }
      continue
    }
    const also = item.alsoTopics.map((title) => {
      const named = topicByTitle(title, topics)
      if (!named)
        errors.push(
          `line ${item.line}: "Also in" names an unknown topic "${title}" (known: ${knownTopics(topics)})`,
        )
      return named?.slug ?? title
    })
    const wanted = slugify(item.title)
    const sameTitleAs = existing.entries.find((file) => slugOfPath(file.path).toLowerCase() === wanted)?.path
    const slug = uniqueSlug(wanted, takenSlugs)
    takenSlugs.add(slug.toLowerCase())
    const path = `${options.entriesDir}/${slug}.md`
    const entry: NewEntry = {
      title: item.title,
      url: item.url,
      type,
      topics: [...new Set([topic, ...also])],
      added: options.addedOf(item.url),
      body: item.description,
      ...(item.paid ? { access: 'paid' as const } : {}),
    }
    firstListing.set(key, { line: item.line, added: entry })
    const report: ItemReport = { ...base, status: 'new', path, type, typeFrom, topics: entry.topics }
    if (sameTitleAs) report.sameTitleAs = sameTitleAs
    reports.push(report)
    added.push({ path, entry, report })
  }
  if (errors.length > 0) return { ok: false, errors }

  // Every file we would write must pass the same rules as the build. A new entry that would not is
  // reported and left out (with any topic made only for it); a topic or an update that would not stops
  // the import.
  const entryWrites = added.map(({ path, entry }) => ({
    path,
    text: renderEntryFile(entry),
    replaces: false,
  }))
  const topicWrites = placement.newTopics.map((topic) => ({
    path: topic.path,
    text: renderTopicFile(topic),
    replaces: false,
  }))
  const updated = new Map(writes.map((write) => [write.path, write.text]))
  const problems = validateContent({
    entries: [
      ...existing.entries.map((file) => ({ path: file.path, bytes: updated.get(file.path) ?? file.bytes })),
      ...entryWrites.map((write) => ({ path: write.path, bytes: write.text })),
    ],
    topics: [...existing.topics, ...topicWrites.map((write) => ({ path: write.path, bytes: write.text }))],
  })
  const rejected = new Map<string, string>()
  for (const problem of problems) {
    if (added.some((add) => add.path === problem.file)) {
      if (!rejected.has(problem.file)) rejected.set(problem.file, formatProblem(problem))
    } else if (updated.has(problem.file) || topicWrites.some((write) => write.path === problem.file)) {
      errors.push(formatProblem(problem))
    }
  }
  if (errors.length > 0) return { ok: false, errors }
  for (const { path, report } of added) {
    const problem = rejected.get(path)
    if (problem)
      reports[reports.indexOf(report)] = { ...skippedAs(report), reason: `breaks a content rule: ${problem}` }
  }
  const kept = added.filter(({ path }) => !rejected.has(path))
  const topicsUsed = new Set(kept.flatMap(({ entry }) => entry.topics))
  const created = placement.newTopics.filter((topic) => topicsUsed.has(topic.slug))
  writes.push(
    ...entryWrites.filter((write) => !rejected.has(write.path)),
    ...topicWrites.filter((write) => created.some((topic) => topic.path === write.path)),
  )
  reports.sort((a, b) => a.line - b.line)
  return {
    ok: true,
    writes,
    items: reports,
    newTopics: created.map((topic) => ({ path: topic.path, title: topic.title })),
  }
}
