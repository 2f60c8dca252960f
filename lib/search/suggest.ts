import { FACETS, type FacetKey } from './facets'
import { runSearch, type QueryMatcher, type SearchDoc, type SearchScope } from './model'
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

export function waysOut(engine: QueryMatcher, state: DirectoryState, scope: SearchScope = {}): WayOut[] {
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
 * For each query word that matches nothing on its own, the closest words of the catalogue's vocabulary
 * (at most two edits away, one for short words), closest first. Never the word itself.
 */
export function didYouMean(engine: QueryMatcher, query: string): { word: string; replacement: string }[] {
  const words = wordsOf(query)
  const unmatched = words.filter((word) => word.length >= 3 && engine.find(word).length === 0)
  if (unmatched.length === 0) return []
  const known = vocabularyOf(engine.docs)
  const suggestions: { word: string; replacement: string; distance: number }[] = []
  for (const word of unmatched) {
    const limit = word.length <= 4 ? 1 : 2
    const close: { replacement: string; distance: number }[] = []
    for (const candidate of known) {
      if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue
      const distance = editDistance(word, candidate, limit)
      if (distance <= limit) close.push({ replacement: candidate, distance })
    }
    close.sort((a, b) => a.distance - b.distance || a.replacement.localeCompare(b.replacement))
    suggestions.push(...close.slice(0, MAX_SUGGESTIONS).map((found) => ({ word, ...found })))
  }
  return suggestions
    .toSorted((a, b) => a.distance - b.distance)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ word, replacement }) => ({ word, replacement }))
}

/** Lower-case words of letters and digits (dots and hyphens kept inside, as in hosts and package names). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.\-_][\p{L}\p{N}]+)*/gu) ?? []
}

const vocabularies = new WeakMap<readonly SearchDoc[], Set<string>>()

/** The words people see on the site: titles, topic names, hosts and authors. */
export function vocabularyOf(docs: readonly SearchDoc[]): Set<string> {
  let words = vocabularies.get(docs)
  if (!words) {
    words = new Set()
    for (const doc of docs) {
      const text = [doc.title, doc.topicTitles.join(' '), doc.host, doc.authors.join(' ')].join(' ')
      for (const word of wordsOf(text)) if (word.length >= 3) words.add(word)
    }
    vocabularies.set(docs, words)
  }
  return words
}

function replaceWord(query: string, word: string, replacement: string): string {
  const words = query.split(' ')
  const at = words.findIndex((part) => part.toLowerCase() === word)
  if (at === -1) return query.toLowerCase().replace(word, replacement)
  words[at] = replacement
  return words.join(' ')
}

/** Damerau–Levenshtein (optimal string alignment) distance, giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      }
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return best
    before = previous
    previous = current
  }
  return previous[b.length] ?? 0
}
