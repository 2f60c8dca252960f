import type { Access } from '../schema/entry-fields'
import type { MediaType } from '../schema/media-types'
import { FACETS, type FacetKey, type FacetSpec } from './facets'
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
export type Hit = { doc: SearchDoc; score: number; matches: MatchRanges }

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
  const found: Hit[] = query ? engine.find(query) : engine.docs.map((doc) => ({ doc, score: 0, matches: {} }))
  const scoped = FACETS.filter((spec) => scope[spec.key] !== undefined)
  const active = FACETS.filter((spec) => state.filters[spec.key].length > 0)
  const passes = (doc: SearchDoc, spec: FacetSpec, wanted: readonly string[]) =>
    spec.valuesOf(doc).some((value) => wanted.includes(value))

  const counts = Object.fromEntries(FACETS.map((spec) => [spec.key, {}])) as SearchOutcome['counts']
  const count = (spec: FacetSpec, doc: SearchDoc) => {
    const ofFacet = counts[spec.key]
    for (const value of spec.valuesOf(doc)) ofFacet[value] = (ofFacet[value] ?? 0) + 1
  }
  const hits: Hit[] = []
  for (const hit of found) {
    const { doc } = hit
    if (!scoped.every((spec) => passes(doc, spec, [scope[spec.key] ?? '']))) continue
    const failed = active.filter((spec) => !passes(doc, spec, state.filters[spec.key]))
    // A facet's counts apply every filter but its own, so each count is what ticking that box would give:
    // a document failing one filter still counts for that filter's facet, one failing two counts nowhere.
    if (failed.length === 0) {
      hits.push(hit)
      for (const spec of FACETS) count(spec, doc)
    } else if (failed.length === 1) {
      count(failed[0] as FacetSpec, doc)
    }
  }
  return { hits: sortHits(hits, effectiveSort(state), engine.docs), counts }
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
