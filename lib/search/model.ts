import type { Access } from '../schema/entry-fields'
import type { MediaType } from '../schema/media-types'
import { FACETS, type FacetKey } from './facets'
import { codesOf, createFacetTable, facetsFailed, wantedCodes, type FacetTable } from './facet-table'
import type { CardSignals, Superseded } from '../signals/card-signals'
import type { MaintenanceClass } from '../signals/freshness'
import type { DirectoryState, SortKey } from './url-state'

/**
 * The search model, pure and shared by the browser and the tests: the slim document the browser
 * receives, the fuse.js options, and query + filters + sort + facet counts.
 */

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
}

export type MatchRanges = Partial<Record<'title' | 'description' | 'authors', [number, number][]>>
/** `id` is the document's place in the engine's `docs`. */
export type Hit = { id: number; doc: SearchDoc; score: number; matches: MatchRanges }

/** What a page is about: the topic page searches its topic only, the media-type page its type. */
export type SearchScope = Partial<Record<FacetKey, string>>

export type SearchOutcome = {
  hits: Hit[]
  /** Per facet and value: the hits ticking that value would give, every other facet's filter applied. */
  counts: Record<FacetKey, Record<string, number>>
}

/** The engine that finds a query's matches, best first: see engine.ts. */
export type QueryMatcher = { docs: readonly SearchDoc[]; find(query: string): Hit[] }

export function runSearch(
  engine: QueryMatcher,
  state: DirectoryState,
  scope: SearchScope = {},
): SearchOutcome {
  const query = state.q.trim()
  const found: Hit[] = query
    ? engine.find(query)
    : engine.docs.map((doc, id) => ({ id, doc, score: 0, matches: {} }))
  const table = facetTableOf(engine.docs)
  const inScope = wantedCodes(
    table,
    Object.fromEntries(
      Object.entries(scope).map(([key, value]) => [key, value === undefined ? [] : [value]]),
    ),
  )
  const filters = wantedCodes(table, state.filters)

  const tally = new Uint32Array(table.valueOf.length)
  const hits: Hit[] = []
  for (const hit of found) {
    const values = codesOf(table, hit.id)
    if (facetsFailed(table, values, inScope) !== 0) continue
    // A facet's counts apply every filter but its own, so each count is what ticking that box would give:
    // a document failing one filter still counts for that filter's facet, one failing two counts nowhere.
    const failed = facetsFailed(table, values, filters)
    if (failed === 0) {
      hits.push(hit)
      for (const code of values) tally[code]! += 1
    } else if ((failed & (failed - 1)) === 0) {
      for (const code of values) if (1 << table.facetOf[code]! === failed) tally[code]! += 1
    }
  }

  const counts = Object.fromEntries(FACETS.map((spec) => [spec.key, {}])) as SearchOutcome['counts']
  tally.forEach((count, code) => {
    const spec = FACETS[table.facetOf[code]!]
    if (count > 0 && spec) counts[spec.key][table.valueOf[code]!] = count
  })
  return { hits: sortHits(hits, effectiveSort(state), engine.docs), counts }
}

// One table per catalogue: its documents keep their codes from one keystroke to the next.
const facetTables = new WeakMap<readonly SearchDoc[], FacetTable>()

/**
 * The facet table of a catalogue, made now if it is not made yet: the corpus loader makes it before
 * search starts, so that no keystroke pays for it.
 */
export function facetTableOf(docs: readonly SearchDoc[]): FacetTable {
  let table = facetTables.get(docs)
  if (!table) {
    table = createFacetTable(docs)
    facetTables.set(docs, table)
  }
  return table
}

export function effectiveSort(state: DirectoryState): Exclude<SortKey, 'relevance'> | 'relevance' {
  if (state.sort === 'relevance' || state.sort === null) return state.q.trim() ? 'relevance' : 'title'
  return state.sort
}

// One collator for every comparison: `localeCompare` with options builds one per call.
const titleCollator = new Intl.Collator('en', { sensitivity: 'base' })
// Each document's place in title order, worked out once per catalogue: sorting thousands of hits on
// every keystroke then compares numbers instead of strings.
const titleRanks = new WeakMap<readonly SearchDoc[], Map<SearchDoc, number>>()

function titleRankOf(docs: readonly SearchDoc[]): Map<SearchDoc, number> {
  let ranks = titleRanks.get(docs)
  if (!ranks) {
    const ordered = docs.toSorted((a, b) => titleCollator.compare(a.title, b.title))
    ranks = new Map(ordered.map((doc, rank) => [doc, rank]))
    titleRanks.set(docs, ranks)
  }
  return ranks
}

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)

function sortHits(hits: Hit[], sort: SortKey, docs: readonly SearchDoc[]): Hit[] {
  if (sort === 'relevance') return hits // the engine returns its hits best first
  const rank = titleRankOf(docs)
  const byTitle = (a: Hit, b: Hit) => (rank.get(a.doc) ?? 0) - (rank.get(b.doc) ?? 0)
  switch (sort) {
    case 'title':
      return hits.toSorted(byTitle)
    case 'added':
      return hits.toSorted((a, b) => newestFirst(a.doc.added, b.doc.added) || byTitle(a, b))
    case 'published':
      return hits.toSorted(
        (a, b) => newestFirst(a.doc.published ?? '', b.doc.published ?? '') || byTitle(a, b),
      )
    case 'release':
      // Newest release first; entries without a known release after all that have one.
      return hits.toSorted(
        (a, b) => newestFirst(a.doc.lastRelease ?? '', b.doc.lastRelease ?? '') || byTitle(a, b),
      )
  }
}
