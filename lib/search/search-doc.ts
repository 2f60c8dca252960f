import type { EntryFields } from '../schema/entry'
import type { Access } from '../schema/entry-fields'
import { mediaTypeLabel, type MediaType } from '../schema/media-types'
import type { CardSignals, Superseded } from '../signals/card-signals'
import type { MaintenanceClass } from '../signals/freshness'

/** The slim document the browser searches and a result card shows: never the whole entry. */
export type SearchDoc = {
  slug: string
  title: string
  url: string
  permalink: string
  description: string
  authors: string[]
  topics: string[]
  topicTitles: string[]
  type: MediaType
  typeLabel: string
  host: string
  added: string
  published: string | null
  /** What people call the entry when its own words differ; searched like the title, shown nowhere. */
  keywords: string[]
  access: Access
  /** From content/signals.json as of the build; null for an entry without signals. */
  maintenance: MaintenanceClass | null
  /** "YYYY-MM" of the latest PyPI release. */
  lastRelease: string | null
  signals: CardSignals | null
  superseded: Superseded | null
  /** The supported Django series the package's latest release declares, oldest first; empty for none. */
  djangoDeclared: string[]
  /** The Django an article or talk is written for ("5.0"), or null. */
  writtenForDjango: string | null
}

/** A document's fields made from signals, for a document that has none (search reads none of them). */
export const WITHOUT_SIGNALS: Pick<
  SearchDoc,
  'maintenance' | 'lastRelease' | 'signals' | 'superseded' | 'djangoDeclared' | 'writtenForDjango'
> = {
  maintenance: null,
  lastRelease: null,
  signals: null,
  superseded: null,
  djangoDeclared: [],
  writtenForDjango: null,
}

/** An entry's search document from its fields and what the build derives from them, without signals. */
export function searchDocOf(
  entry: EntryFields & Pick<SearchDoc, 'slug' | 'permalink' | 'description' | 'host'>,
  topicTitles: string[],
): SearchDoc {
  return {
    slug: entry.slug,
    title: entry.title,
    url: entry.url,
    permalink: entry.permalink,
    description: entry.description,
    authors: entry.authors ?? [],
    topics: entry.topics,
    topicTitles,
    type: entry.type,
    typeLabel: mediaTypeLabel(entry.type),
    host: entry.host,
    added: entry.added,
    published: entry.published ?? null,
    keywords: entry.keywords ?? [],
    access: entry.access,
    ...WITHOUT_SIGNALS,
  }
}

export type MatchRanges = Partial<Record<'title' | 'description' | 'authors', [number, number][]>>
/** `id` is the document's place in the engine's `docs`. */
export type Hit = { id: number; doc: SearchDoc; score: number; matches: MatchRanges }

/**
 * What the engine answers. `hits` match every word of the query (a synonym counts for its word), best first.
 * When there are none, `close` holds the entries that match some of the words, and `missing` names the
 * words no entry mentions at all: the page says so, and labels what it shows as matching only the rest.
 */
export type SearchAnswer = { hits: Hit[]; close: Hit[]; missing: string[] }

/** The engine that answers a query (engine.ts), and the words it could offer for one it cannot match. */
export type SearchEngine = {
  docs: readonly SearchDoc[]
  find(query: string): SearchAnswer
  /** Catalogue words one edit further than a match allows: "Did you mean" candidates for `word`. */
  nearMisses(word: string): string[]
}
