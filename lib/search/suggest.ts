import { FACETS, type FacetKey, type SearchScope } from './facets'
import { runSearch } from './model'
import type { SearchEngine } from './search-doc'
import { termsOf } from './text'
import { withFilter, type DirectoryState } from './url-state'

/**
 * Ways out of an empty result, each one click away and each known to give results: drop one filter,
 * leave the page's scope, or take a close word from the catalogue's own vocabulary for a query word
 * that matches nothing. Pure: it only asks the engine for matches.
 */

export type WayOut =
  | { kind: 'drop-filter'; facet: FacetKey; values: string[]; state: DirectoryState; count: number }
  | { kind: 'drop-query'; state: DirectoryState; count: number }
  | { kind: 'leave-scope'; facet: FacetKey; state: DirectoryState; count: number }
  | { kind: 'did-you-mean'; word: string; replacement: string; state: DirectoryState; count: number }

const MAX_SUGGESTIONS = 3

export function waysOut(engine: SearchEngine, state: DirectoryState, scope: SearchScope = {}): WayOut[] {
  const countOf = (next: DirectoryState, nextScope: SearchScope = scope) =>
    runSearch(engine, next, nextScope).hits.length
  const ways: WayOut[] = []

  for (const spec of FACETS) {
    const values = state.filters[spec.key]
    if (values.length === 0) continue
    const next = withFilter(state, spec.key, [])
    ways.push({ kind: 'drop-filter', facet: spec.key, values, state: next, count: countOf(next) })
  }
  if (state.q && FACETS.some((spec) => state.filters[spec.key].length > 0)) {
    const next = { ...state, q: '' }
    ways.push({ kind: 'drop-query', state: next, count: countOf(next) })
  }
  for (const spec of FACETS) {
    if (scope[spec.key] === undefined) continue
    ways.push({
      kind: 'leave-scope',
      facet: spec.key,
      state,
      count: countOf(state, { ...scope, [spec.key]: undefined }),
    })
  }
  for (const { word, replacement } of didYouMean(engine, state.q)) {
    const next = { ...state, q: replaceWord(state.q, word, replacement) }
    ways.push({ kind: 'did-you-mean', word, replacement, state: next, count: countOf(next) })
  }
  return ways.filter((way) => way.count > 0)
}

/**
 * For each query word no entry mentions, the catalogue words it may have meant: one edit further than
 * search accepts on its own (engine.nearMisses), so a suggestion never repeats what search already did.
 */
export function didYouMean(engine: SearchEngine, query: string): { word: string; replacement: string }[] {
  const suggestions: { word: string; replacement: string }[] = []
  if (!query.trim()) return suggestions
  for (const word of engine.find(query).missing) {
    if (word.includes(' ')) continue
    for (const replacement of engine.nearMisses(word).slice(0, MAX_SUGGESTIONS))
      suggestions.push({ word, replacement })
  }
  return suggestions.slice(0, MAX_SUGGESTIONS)
}

/** The query with one word (as search reads it) replaced. */
function replaceWord(query: string, word: string, replacement: string): string {
  return query
    .split(' ')
    .map((part) => (termsOf(part).join(' ') === word ? replacement : part))
    .join(' ')
}
