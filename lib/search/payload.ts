import { MEDIA_TYPES, mediaTypeLabel, type MediaType } from '../schema/media-types'
import { permalinks } from '../schema/permalinks'
import { slugify } from '../schema/slug'
import type { CardSignals } from '../signals/card-signals'
import type { MaintenanceClass } from '../signals/freshness'
import type { Concept } from '../schema/search-concepts'
import type { SearchDoc } from './search-doc'

/**
 * What the browser downloads for live search, in two parts. The index holds everything but the
 * descriptions, in columns with repeated values (hosts, authors, topics, publication dates) stored once
 * and the dates of addition as day numbers: search works as soon as it arrives. The descriptions
 * follow in a second file, in the same order.
 */

export type SearchIndexPayload = {
  version: 1
  topics: { slug: string; title: string }[]
  hosts: string[]
  authors: string[]
  title: string[]
  /** the slug, or only its ending when it starts with the slugified title */
  slug: string[]
  /** the URL with its slug replaced by SLUG_MARK when it contains it */
  url: string[]
  type: number[]
  topic: number[][]
  host: number[]
  author: number[][]
  /** the earliest date an entry was added; each entry's `added` is a number of days after it */
  addedFrom: string
  added: number[]
  /** the distinct publication dates (a year, a month or a day), each stored once */
  publishedValues: string[]
  /** per entry, its place in `publishedValues`, or -1 when not known */
  published: number[]
  keywords: string[][]
  /** the slugs of the paid entries; every other entry is free */
  paid: string[]
  /** one letter per entry, in order: a(ctive), q(uiet), d(ormant), or - when nothing is known */
  maintenance: string
  /** the signals of the entries that have any, by position, in short form (see CompactSignals) */
  signals: Record<string, CompactSignals>
  /** curated replacements by position: [label, href, reason or ""] */
  superseded: Record<string, [string, string, string]>
  /** by position, the supported Django series a package declares, space-separated ("5.2 6.0") */
  djangoDeclared: Record<string, string>
  /** by position, the Django an article or talk is written for */
  writtenForDjango: Record<string, string>
  /** the concept table (content/search-concepts.json): what a reader's words also mean */
  concepts: Concept[]
}

/** r: [version, month, observed, 1 when stale]; s: [stars, observed]; a: archived, observed; b: broken, checked */
type CompactSignals = {
  r?: [string, string, string, 0 | 1]
  s?: [number, string]
  a?: string
  b?: string
}

export type SearchDescriptionsPayload = { version: 1; description: string[] }

const SLUG_MARK = '\u0000'
const DERIVED_PREFIX = '+'

export function encodeSearchIndex(
  docs: readonly SearchDoc[],
  topics: { slug: string; title: string }[],
  concepts: Concept[],
): SearchIndexPayload {
  const hosts = distinct(docs.map((doc) => doc.host))
  const authors = distinct(docs.flatMap((doc) => doc.authors))
  const topicIds = new Map(topics.map((topic, index) => [topic.slug, index]))
  const hostIds = new Map(hosts.map((host, index) => [host, index]))
  const authorIds = new Map(authors.map((author, index) => [author, index]))
  const addedFrom = docs.reduce(
    (earliest, doc) => (doc.added < earliest ? doc.added : earliest),
    docs[0]?.added ?? '',
  )
  const publishedValues = distinct(docs.flatMap((doc) => (doc.published ? [doc.published] : [])))
  const publishedIds = new Map(publishedValues.map((value, index) => [value, index]))
  return {
    version: 1,
    topics,
    hosts,
    authors,
    title: docs.map((doc) => doc.title),
    slug: docs.map((doc) => encodeSlug(doc)),
    url: docs.map((doc) => (doc.url.includes(doc.slug) ? doc.url.replace(doc.slug, SLUG_MARK) : doc.url)),
    type: docs.map((doc) => MEDIA_TYPES.indexOf(doc.type)),
    topic: docs.map((doc) => doc.topics.map((slug) => topicIds.get(slug) ?? -1)),
    host: docs.map((doc) => hostIds.get(doc.host) ?? -1),
    author: docs.map((doc) => doc.authors.map((author) => authorIds.get(author) ?? -1)),
    addedFrom,
    added: docs.map((doc) => dayNumber(doc.added) - dayNumber(addedFrom)),
    publishedValues,
    published: docs.map((doc) => (doc.published ? (publishedIds.get(doc.published) ?? -1) : -1)),
    keywords: docs.map((doc) => doc.keywords),
    paid: docs.filter((doc) => doc.access === 'paid').map((doc) => doc.slug),
    maintenance: docs.map((doc) => (doc.maintenance ? doc.maintenance[0] : '-')).join(''),
    signals: byPosition(docs, (doc) => doc.signals && compactSignals(doc.signals)),
    superseded: byPosition(
      docs,
      (doc) => doc.superseded && [doc.superseded.label, doc.superseded.href, doc.superseded.reason ?? ''],
    ),
    djangoDeclared: byPosition(docs, (doc) =>
      doc.djangoDeclared.length > 0 ? doc.djangoDeclared.join(' ') : null,
    ),
    writtenForDjango: byPosition(docs, (doc) => doc.writtenForDjango),
    concepts,
  }
}

export function encodeSearchDescriptions(docs: readonly SearchDoc[]): SearchDescriptionsPayload {
  return { version: 1, description: docs.map((doc) => doc.description) }
}

/**
 * The documents, without descriptions until `withDescriptions` adds them; `from` and `to` decode a
 * slice, so that a large catalogue can be decoded between keystrokes.
 */
export function decodeSearchIndex(
  payload: SearchIndexPayload,
  from = 0,
  to = payload.title.length,
): SearchDoc[] {
  const paid = new Set(payload.paid)
  const dates = new Map<number, string>()
  const addedDate = (days: number) => {
    let date = dates.get(days)
    if (date === undefined) dates.set(days, (date = dateAfter(payload.addedFrom, days)))
    return date
  }
  return payload.title.slice(from, to).map((title, offset) => {
    const index = from + offset
    const slug = decodeSlug(title, payload.slug[index] ?? '')
    const type = MEDIA_TYPES[payload.type[index] ?? 0] ?? 'article'
    const topics = (payload.topic[index] ?? []).flatMap((id) => payload.topics[id] ?? [])
    const signals = payload.signals[index] ? expandSignals(payload.signals[index]) : null
    const superseded = payload.superseded[index]
    return {
      slug,
      title,
      url: (payload.url[index] ?? '').replace(SLUG_MARK, slug),
      permalink: permalinks.entry(slug),
      description: '',
      authors: (payload.author[index] ?? []).flatMap((id) => payload.authors[id] ?? []),
      topics: topics.map((topic) => topic.slug),
      topicTitles: topics.map((topic) => topic.title),
      type: type as MediaType,
      typeLabel: mediaTypeLabel(type),
      host: payload.hosts[payload.host[index] ?? -1] ?? '',
      added: addedDate(payload.added[index] ?? 0),
      published: payload.publishedValues[payload.published[index] ?? -1] ?? null,
      keywords: payload.keywords[index] ?? [],
      access: paid.has(slug) ? 'paid' : 'free',
      maintenance: MAINTENANCE_BY_LETTER[payload.maintenance[index] ?? '-'] ?? null,
      lastRelease: signals?.release?.month ?? null,
      signals,
      superseded: superseded
        ? { label: superseded[0], href: superseded[1], reason: superseded[2] || null }
        : null,
      djangoDeclared: payload.djangoDeclared[index]?.split(' ') ?? [],
      writtenForDjango: payload.writtenForDjango[index] ?? null,
    }
  })
}

export function withDescriptions(
  docs: readonly SearchDoc[],
  payload: SearchDescriptionsPayload,
): SearchDoc[] {
  return docs.map((doc, index) => ({ ...doc, description: payload.description[index] ?? '' }))
}

const MAINTENANCE_BY_LETTER: Record<string, MaintenanceClass> = { a: 'active', q: 'quiet', d: 'dormant' }

function byPosition<T>(docs: readonly SearchDoc[], valueOf: (doc: SearchDoc) => T | null): Record<string, T> {
  const out: Record<string, T> = {}
  docs.forEach((doc, index) => {
    const value = valueOf(doc)
    if (value !== null) out[index] = value
  })
  return out
}

function compactSignals(signals: CardSignals): CompactSignals {
  const { release, stars, archived, brokenLink } = signals
  const out: CompactSignals = {}
  if (release) out.r = [release.version, release.month, release.observed, release.stale ? 1 : 0]
  if (stars) out.s = [stars.count, stars.observed]
  if (archived) out.a = archived.observed
  if (brokenLink) out.b = brokenLink.checked
  return out
}

function expandSignals(compact: CompactSignals): CardSignals {
  const out: CardSignals = {}
  if (compact.r)
    out.release = {
      version: compact.r[0],
      month: compact.r[1],
      observed: compact.r[2],
      stale: compact.r[3] === 1,
    }
  if (compact.s) out.stars = { count: compact.s[0], observed: compact.s[1] }
  if (compact.a !== undefined) out.archived = { observed: compact.a }
  if (compact.b !== undefined) out.brokenLink = { checked: compact.b }
  return out
}

function encodeSlug(doc: SearchDoc): string {
  const derived = slugify(doc.title)
  return derived && doc.slug.startsWith(derived)
    ? `${DERIVED_PREFIX}${doc.slug.slice(derived.length)}`
    : doc.slug
}

function decodeSlug(title: string, encoded: string): string {
  return encoded.startsWith(DERIVED_PREFIX)
    ? `${slugify(title)}${encoded.slice(DERIVED_PREFIX.length)}`
    : encoded
}

const DAY_MS = 86_400_000
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)

/** The YYYY-MM-DD date `days` after `from`. */
function dateAfter(from: string, days: number): string {
  return new Date((dayNumber(from) + days) * DAY_MS).toISOString().slice(0, 10)
}

function distinct(values: string[]): string[] {
  return [...new Set(values)].toSorted()
}
