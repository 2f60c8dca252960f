import { parseFrontmatter, type ContentFile } from './content-rules'
import type { Access } from '../schema/entry-fields'
import { isMediaType, type MediaType } from '../schema/media-types'
import { slugOfPath } from '../schema/permalinks'

/**
 * Content files read straight from disk (no contentlayer build needed), for the command-line tools.
 * Callers run validateContent first: these readers only check enough to keep the types honest.
 */

export type EntryRecord = {
  path: string
  slug: string
  title: string
  url: string
  type: MediaType
  topics: string[]
  added: string
  authors?: string[]
  published?: string
  duration?: string
  repository?: string
  /** The PyPI name of a package whose url is not on pypi.org. */
  package?: string
  /** Absent means free. */
  access?: Access
  /** The markdown description below the frontmatter, trimmed. */
  body: string
}

export type TopicRecord = { path: string; slug: string; title: string; summary: string; order?: number }

function textOf(file: ContentFile): string {
  return typeof file.bytes === 'string' ? file.bytes : new TextDecoder('utf-8').decode(file.bytes)
}

function readFields(file: ContentFile): { data: Record<string, unknown>; body: string } {
  const parsed = parseFrontmatter(textOf(file))
  return { data: parsed.data as Record<string, unknown>, body: parsed.content.trim() }
}

function requireText(file: ContentFile, data: Record<string, unknown>, field: string): string {
  const value = data[field]
  if (typeof value !== 'string') throw new Error(`${file.path}: field "${field}" must be text`)
  return value
}

function optionalText(data: Record<string, unknown>, field: string): string | undefined {
  const value = data[field]
  return typeof value === 'string' ? value : undefined
}

function textList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined
}

export function readEntryRecord(file: ContentFile): EntryRecord {
  const { data, body } = readFields(file)
  const type = data.type
  if (!isMediaType(type)) throw new Error(`${file.path}: field "type" is not a media type`)
  const record: EntryRecord = {
    path: file.path,
    slug: slugOfPath(file.path),
    title: requireText(file, data, 'title'),
    url: requireText(file, data, 'url'),
    type,
    topics: textList(data.topics) ?? [],
    added: requireText(file, data, 'added'),
    body,
  }
  const authors = textList(data.authors)
  if (authors) record.authors = authors
  for (const field of ['published', 'duration', 'repository', 'package'] as const) {
    const value = optionalText(data, field)
    if (value !== undefined) record[field] = value
  }
  if (data.access === 'free' || data.access === 'paid') record.access = data.access
  return record
}

export function readTopicRecord(file: ContentFile): TopicRecord {
  const { data } = readFields(file)
  const record: TopicRecord = {
    path: file.path,
    slug: slugOfPath(file.path),
    title: requireText(file, data, 'title'),
    summary: requireText(file, data, 'summary'),
  }
  if (typeof data.order === 'number') record.order = data.order
  return record
}

/** Topics in the order the site shows them: by `order`, then title; topics without an order go last. */
export function sortTopics(topics: readonly TopicRecord[]): TopicRecord[] {
  return topics.toSorted(
    (a, b) =>
      (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) ||
      compareText(a.title, b.title) ||
      compareText(a.slug, b.slug),
  )
}

/** A locale-independent comparison, so generated files do not depend on the machine's language. */
export function compareText(a: string, b: string): number {
  const folded = a.toLowerCase().localeCompare(b.toLowerCase(), 'en')
  return folded !== 0 ? folded : a < b ? -1 : a > b ? 1 : 0
}
