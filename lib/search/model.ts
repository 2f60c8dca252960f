import { compareEntries } from '../schema/order'
import { FACETS, type FacetKey, type SearchScope } from './facets'
import { codesOf, createFacetTable, facetsFailed, wantedCodes, type FacetTable } from './facet-table'
import type { Hit, SearchDoc, SearchEngine } from './search-doc'
import type { DirectoryState, SortKey } from './url-state'

/**
 * Query + filters + sort + facet counts over the engine's answer, pure and shared by the browser and the
 * tests. Filters and sorting apply alike to the results and to the close matches shown when there are none.
 */

export type SearchOutcome = {
  /** The entries that match the whole query and every filter. */
  hits: Hit[]
  /** When there are no hits: the entries that match some of the query's words and every filter. */
  close: Hit[]
  /** The query's words that no entry mentions. */
  missing: string[]
  /** Per facet and value: the entries ticking that value would show, every other facet's filter applied. */
  counts: Record<FacetKey, Record<string, number>>
}

export function runSearch(
  engine: SearchEngine,
  state: DirectoryState,
  scope: SearchScope = {},
): SearchOutcome {
  const query = state.q.trim()
  const answer = query
    ? engine.find(query)
    : { hits: engine.docs.map((doc, id) => ({ id, doc, score: 0, matches: {} })), close: [], missing: [] }
  const table = facetTableOf(engine.docs)
  const inScope = wantedCodes(
    table,
    Object.fromEntries(
      Object.entries(scope).map(([key, value]) => [key, value === undefined ? [] : [value]]),
    ),
  )
  const filters = wantedCodes(table, state.filters)

  const tally = new Uint32Array(table.valueOf.length)
  const filtered = (found: Hit[], count: boolean): Hit[] => {
    const kept: Hit[] = []
    for (const hit of found) {
      const values = codesOf(table, hit.id)
      if (facetsFailed(table, values, inScope) !== 0) continue
      // A facet's counts apply every filter but its own, so each count is what ticking that box would give:
      // a document failing one filter still counts for that filter's facet, one failing two counts nowhere.
      const failed = facetsFailed(table, values, filters)
      if (failed === 0) kept.push(hit)
      if (!count) continue
      if (failed === 0) for (const code of values) tally[code]! += 1
      else if ((failed & (failed - 1)) === 0)
        for (const code of values) if (1 << table.facetOf[code]! === failed) tally[code]! += 1
    }
    return kept
  }
  const hits = filtered(answer.hits, true)
  // Close matches are counted only when they are what the page shows.
  const close = answer.hits.length === 0 ? filtered(answer.close, true) : []

  const counts = Object.fromEntries(FACETS.map((spec) => [spec.key, {}])) as SearchOutcome['counts']
  tally.forEach((count, code) => {
    const spec = FACETS[table.facetOf[code]!]
    if (count > 0 && spec) counts[spec.key][table.valueOf[code]!] = count
  })
  const sort = effectiveSort(state)
  return {
    hits: sortHits(hits, sort, engine.docs),
    close: sortHits(close, sort, engine.docs),
    missing: answer.missing,
    counts,
  }
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

export function effectiveSort(state: DirectoryState): SortKey {
  if (state.sort === 'relevance' || state.sort === null) return state.q.trim() ? 'relevance' : 'title'
  return state.sort
}

// Each document's place in the site's title order (the one the server lists use), worked out once per
// catalogue: sorting thousands of hits on every keystroke then compares numbers instead of strings.
const titleRanks = new WeakMap<readonly SearchDoc[], Map<SearchDoc, number>>()

function titleRankOf(docs: readonly SearchDoc[]): Map<SearchDoc, number> {
  let ranks = titleRanks.get(docs)
  if (!ranks) {
    ranks = new Map(docs.toSorted(compareEntries).map((doc, rank) => [doc, rank]))
    titleRanks.set(docs, ranks)
  }
  return ranks
}

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)

function sortHits(hits: Hit[], sort: SortKey, docs: readonly SearchDoc[]): Hit[] {
  if (sort === 'relevance') return hits // the engine returns its hits best first
  const rank = titleRankOf(docs)
  const byTitle = (a: Hit, b: Hit) => rank.get(a.doc)! - rank.get(b.doc)!
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
