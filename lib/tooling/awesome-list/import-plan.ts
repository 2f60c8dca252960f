import { readEntryRecord, type EntryRecord, type TopicRecord } from '../../content-records'
import { comparableUrl, formatProblem, validateContent, type ContentFile } from '../../content-rules'
import {
  renderEntryFile,
  renderTopicFile,
  slugify,
  uniqueSlug,
  updateEntryFields,
  type NewEntry,
  type UpstreamFields,
} from '../../entry-file'
import { MEDIA_TYPES, type MediaType } from '../../media-types'
import { slugOfPath } from '../../permalinks'
import type { ListedItem, ParsedList } from './parse'
import { knownTopics, MAP_FORMS, meaningOfHeading, topicByTitle, type HeadingMeaning } from './sections'

export type ImportOptions = {
  /** `--map` meanings, keyed by normalised heading. */
  map: ReadonlyMap<string, HeadingMeaning>
  /** `--type`: the media type of items under no heading that names one. */
  type: MediaType | null
  /** `--topic`: the topic of items under no heading that names one. */
  topic: string | null
  /** `--create-topics`: a heading that names nothing becomes a new topic where its items need one. */
  createTopics: boolean
  /** `--update`: rewrite title, media type, access and description of entries changed upstream. */
  update: boolean
  /** The `added` date of a new entry listing this URL. */
  addedOf: (url: string) => string
  /** Where files go, as paths are named in `existing` (e.g. "content/entries"). */
  entriesDir: string
  topicsDir: string
  /** Names the list in the summary of a topic made from a heading without a paragraph. */
  listName: string
}

export type PlannedWrite = { path: string; text: string; replaces: boolean }

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
  existing: { entries: ContentFile[]; topics: ContentFile[] },
  topics: readonly TopicRecord[],
  options: ImportOptions,
): ImportPlan {
  const errors: string[] = []
  if (options.topic !== null && !topics.some((topic) => topic.slug === options.topic)) {
    errors.push(
      `--topic "${options.topic}": there is no topic file ${options.topic}.md (known: ${knownTopics(topics)})`,
    )
  }
  const meanings = list.headings.map((heading) =>
    heading.isContents ? ({ kind: 'skip' } as const) : meaningOfHeading(heading.text, options.map, topics),
  )
  const chainOf = (index: number | null) => {
    const chain: number[] = []
    for (let at = index; at !== null; at = list.headings[at]!.parent) chain.push(at)
    return chain
  }
  /** "Caching / Tools": the headings an item sits under, outermost first. */
  const headingText = (index: number | null) =>
    index === null
      ? '(no heading)'
      : chainOf(index)
          .toReversed()
          .map((at) => list.headings[at]!.text)
          .join(' / ')

  // Resolve each item's media type and topic from its headings.
  const undecided = new Map<number, Set<string>>()
  const unplaced = new Map<number | null, Set<string>>()
  const takenTopicSlugs = new Set(topics.map((topic) => topic.slug))
  const newTopicOf = new Map<number, TopicRecord>()
  type Placed = { item: ListedItem; type: MediaType; topic: string }
  const placed: Placed[] = []
  const reports: ItemReport[] = list.skipped.map((item) => ({
    status: 'skipped',
    title: item.text,
    line: item.line,
    heading: headingText(item.heading),
    reason: item.reason,
  }))
  const need = <K>(where: Map<K, Set<string>>, index: K, what: string) =>
    where.set(index, (where.get(index) ?? new Set()).add(what))

  for (const item of list.items) {
    const chain = chainOf(item.heading)
    const skipping = chain.find((index) => meanings[index]!.kind === 'skip')
    if (skipping !== undefined) {
      reports.push({
        status: 'skipped',
        title: item.title,
        line: item.line,
        heading: headingText(item.heading),
        reason: `under "${list.headings[skipping]!.text}", which is skipped`,
      })
      continue
    }
    const nearest = <K extends HeadingMeaning['kind']>(kind: K) => {
      const index = chain.find((at) => meanings[at]!.kind === kind)
      return index === undefined
        ? null
        : { index, meaning: meanings[index] as Extract<HeadingMeaning, { kind: K }> }
    }
    const nameless = nearest('none')?.index ?? null
    const type = nearest('type')?.meaning.type ?? options.type
    let topic = nearest('topic')?.meaning.slug ?? null
    if (topic === null && nameless !== null && options.createTopics) {
      topic = (newTopicOf.get(nameless) ?? makeTopic(nameless)).slug
    }
    topic ??= options.topic
    if (type === null) {
      if (nameless !== null) need(undecided, nameless, 'a media type')
      else need(unplaced, item.heading, 'a media type (pass --type)')
    }
    if (topic === null) {
      if (nameless !== null) need(undecided, nameless, 'a topic')
      else need(unplaced, item.heading, 'a topic (pass --topic)')
    }
    if (type !== null && topic !== null) placed.push({ item, type, topic })
  }

  function makeTopic(index: number): TopicRecord {
    const heading = list.headings[index]!
    const slug = uniqueSlug(slugify(heading.text), takenTopicSlugs)
    takenTopicSlugs.add(slug)
    const summary = heading.paragraph
      ? firstSentences(heading.paragraph, 200)
      : `Imported from the list "${options.listName}".`
    const record = { path: `${options.topicsDir}/${slug}.md`, slug, title: heading.text, summary }
    newTopicOf.set(index, record)
    return record
  }

  if (undecided.size > 0) {
    errors.push(
      'These headings name neither a media type nor a topic, and items below them need one:\n' +
        [...undecided]
          .toSorted(([a], [b]) => a - b)
          .map(
            ([index, needs]) =>
              `    line ${list.headings[index]!.line}: "${list.headings[index]!.text}" (needs ${[...needs].join(' and ')})`,
          )
          .join('\n') +
        `\n  Decide each with --map ${MAP_FORMS}; or pass --topic <slug> / --type <media type> for items no heading places;` +
        ' or --create-topics to make each of them a topic.',
    )
  }
  for (const what of ['a media type (pass --type)', 'a topic (pass --topic)']) {
    const places = [...unplaced]
      .filter(([, needs]) => needs.has(what))
      .map(([index]) =>
        index === null
          ? 'under no heading'
          : `"${list.headings[index]!.text}" (line ${list.headings[index]!.line})`,
      )
    if (places.length > 0) {
      errors.push(`No heading names ${what} for the items under: ${places.join(', ')}.`)
    }
  }
  if (errors.length > 0) return { ok: false, errors }

  // Compare with what the content folder holds.
  const byUrl = new Map<string, Existing>()
  for (const file of existing.entries) {
    const text = typeof file.bytes === 'string' ? file.bytes : new TextDecoder().decode(file.bytes)
    try {
      const record = readEntryRecord({ path: file.path, bytes: text })
      byUrl.set(comparableUrl(record.url), { path: file.path, text, record })
    } catch {
      // An unreadable file is reported by validateContent below if the import touches it.
    }
  }
  const takenSlugs = new Set(existing.entries.map((file) => slugOfPath(file.path).toLowerCase()))
  const firstLineOfUrl = new Map<string, number>()
  const writes: PlannedWrite[] = []
  for (const { item, type, topic } of placed) {
    const base = { title: item.title, line: item.line, heading: headingText(item.heading) }
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
  for (const topic of newTopicOf.values()) {
    writes.push({ path: topic.path, text: renderTopicFile(topic), replaces: false })
  }

  // Every file we would write must pass the same rules as the build.
  const written = new Map(writes.map((write) => [write.path, write.text]))
  const isTopic = (path: string) => [...newTopicOf.values()].some((topic) => topic.path === path)
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
    newTopics: [...newTopicOf.values()].map((topic) => ({ path: topic.path, title: topic.title })),
  }
}

const FIELD_LABELS: Record<keyof UpstreamFields, string> = {
  title: 'title',
  type: 'media type',
  access: 'access',
  body: 'description',
}
const label = (field: keyof UpstreamFields) => FIELD_LABELS[field]

/**
 * The upstream fields that differ from our file. An item without a description says nothing about ours;
 * a one-paragraph description matches ours when it equals our body or our body's first paragraph.
 */
function differences(ours: EntryRecord, upstream: UpstreamFields): (keyof UpstreamFields)[] {
  const changes: (keyof UpstreamFields)[] = []
  if (ours.title !== upstream.title) changes.push('title')
  if (ours.type !== upstream.type) changes.push('type')
  if ((ours.access ?? 'free') !== upstream.access) changes.push('access')
  const theirs = collapse(upstream.body)
  if (theirs !== '') {
    const body = ours.body.trim()
    const firstParagraph = body.split(/\n\s*\n/)[0] ?? ''
    if (theirs !== collapse(body) && theirs !== collapse(firstParagraph)) changes.push('body')
  }
  return changes
}

/** Whole sentences of `text` up to `max` characters (or a cut at a word when the first is longer). */
function firstSentences(text: string, max: number): string {
  if (text.length <= max) return text
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? []
  let kept = ''
  for (const sentence of sentences) {
    if ((kept + sentence).trim().length > max) break
    kept += sentence
  }
  if (kept.trim()) return kept.trim()
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export { MEDIA_TYPES }
