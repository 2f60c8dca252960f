import {
  comparableUrl,
  formatProblem,
  validateContent,
  type CheckedContent,
  type ContentFolder,
  type EntryRecord,
} from '../content/content-rules'
import {
  renderEntryFile,
  renderTopicFile,
  uniqueSlug,
  updateEntryFields,
  type NewEntry,
  type UpstreamFields,
} from '../content/entry-file'
import { slugOfPath } from '../../lib/schema/permalinks'
import { slugify } from '../../lib/schema/slug'
import type { ParsedList } from './parse'
import { placeItems, type PlacementOptions } from './placement'
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
  /** For "skipped": why. */
  reason?: string
  /** For "new": an existing entry file whose title gives the same slug (another URL of the same thing?). */
  sameTitleAs?: string
}

export type ImportPlan =
  | { ok: true; writes: PlannedWrite[]; items: ItemReport[]; newTopics: { path: string; title: string }[] }
  | { ok: false; errors: string[] }

type Existing = { path: string; text: string; record: EntryRecord }

/**
 * Decides what an import writes, without touching the disk. Each item takes the nearest heading above it
 * that names a media type and the nearest that names a topic (--type and --topic fill in where none does).
 * A URL already in the content folder is reported as present or changed; only --update rewrites it.
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
  const newTopics = placement.newTopics

  // Compare with what the content folder holds (a file that does not pass its schema is left alone).
  const textOf = new Map(existing.entries.map((file) => [file.path, file.bytes]))
  const byUrl = new Map<string, Existing>()
  for (const record of entries) {
    const bytes = textOf.get(record.path)!
    const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes)
    byUrl.set(comparableUrl(record.url), { path: record.path, text, record })
  }
  const takenSlugs = new Set(existing.entries.map((file) => slugOfPath(file.path).toLowerCase()))
  const firstLineOfUrl = new Map<string, number>()
  const writes: PlannedWrite[] = []
  for (const { item, type, topic, heading } of placement.placed) {
    const base = { title: item.title, line: item.line, heading }
    let key: string
    try {
      key = comparableUrl(item.url)
    } catch {
      reports.push({ ...base, status: 'skipped', reason: `not a valid URL (${item.url})` })
      continue
    }
    const listedAt = firstLineOfUrl.get(key)
    if (listedAt !== undefined) {
      reports.push({
        ...base,
        status: 'skipped',
        reason: `the list has this URL already, at line ${listedAt}`,
      })
      continue
    }
    firstLineOfUrl.set(key, item.line)
    const upstream: UpstreamFields = {
      title: item.title,
      type,
      access: item.paid ? 'paid' : 'free',
      body: item.description,
    }
    const present = byUrl.get(key)
    if (present) {
      const changes = differences(present.record, upstream)
      if (changes.length === 0) {
        reports.push({ ...base, status: 'present', path: present.path })
        continue
      }
      reports.push({ ...base, status: 'changed', path: present.path, changes: changes.map(label) })
      if (options.update) {
        const fields: Partial<UpstreamFields> = {}
        for (const field of changes) Object.assign(fields, { [field]: upstream[field] })
        writes.push({
          path: present.path,
          text: updateEntryFields(present.path, present.text, fields),
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
    writes.push({ path, text: renderEntryFile(entry), replaces: false })
    reports.push({ ...base, status: 'new', path, ...(sameTitleAs ? { sameTitleAs } : {}) })
  }
  for (const topic of newTopics) {
    writes.push({ path: topic.path, text: renderTopicFile(topic), replaces: false })
  }

  // Every file we would write must pass the same rules as the build.
  const written = new Map(writes.map((write) => [write.path, write.text]))
  const isTopic = (path: string) => newTopics.some((topic) => topic.path === path)
  const problems = validateContent({
    entries: [
      ...existing.entries.map((file) => ({ path: file.path, bytes: written.get(file.path) ?? file.bytes })),
      ...writes
        .filter((write) => !write.replaces && !isTopic(write.path))
        .map((write) => ({ path: write.path, bytes: write.text })),
    ],
    topics: [
      ...existing.topics,
      ...writes
        .filter((write) => isTopic(write.path))
        .map((write) => ({ path: write.path, bytes: write.text })),
    ],
  }).filter((problem) => written.has(problem.file))
  errors.push(...problems.map(formatProblem))
  if (errors.length > 0) return { ok: false, errors }
  reports.sort((a, b) => a.line - b.line)
  return {
    ok: true,
    writes,
    items: reports,
    newTopics: newTopics.map((topic) => ({ path: topic.path, title: topic.title })),
  }
}
