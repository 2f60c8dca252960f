import type { Access } from '../../lib/schema/entry-fields'
import { readValidFrontmatter, type ContentFile } from './frontmatter'
import { isMediaType, type MediaType } from '../../lib/schema/media-types'
import { compareText, compareTopics } from '../../lib/schema/order'
import { slugOfPath } from '../../lib/schema/permalinks'

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

function readFields(file: ContentFile): { data: Record<string, unknown>; body: string } {
  const { data, body } = readValidFrontmatter(file)
  return { data, body: body.trim() }
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

/** Topics in the order the site shows them (lib/schema/order.ts). */
export function sortTopics(topics: readonly TopicRecord[]): TopicRecord[] {
  return topics.toSorted(compareTopics)
}

// Re-exported for the README export, which takes it from here.
export { compareText }
