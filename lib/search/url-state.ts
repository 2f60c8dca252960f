import { acceptedValues, FACETS, NO_FILTERS, type FacetFilters, type FacetVocabulary } from './facets'

/**
 * What a visitor has asked the directory for, as it lives in the address bar:
 * `?q=cache&topic=caching,database-orm&type=repository&access=paid&sort=title`.
 * Parsing is tolerant: unknown keys and values are dropped, long values are cut, nothing throws.
 */

export const SORT_KEYS = ['relevance', 'title', 'added', 'published', 'release'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export type DirectoryState = {
  q: string
  /** The ticked values of each facet (see facets.ts). */
  filters: FacetFilters
  /** null: the default order (relevance while searching, otherwise by title). */
  sort: SortKey | null
}

export const EMPTY_STATE: DirectoryState = Object.freeze({ q: '', filters: NO_FILTERS, sort: null })

export const MAX_QUERY_LENGTH = 200
const MAX_VALUES_PER_PARAM = 50

/** `vocabulary` gives the values a facet without fixed choices accepts: `{ topic: [...topic slugs] }`. */
export function parseState(search: string, vocabulary: FacetVocabulary): DirectoryState {
  const params = new URLSearchParams(search.slice(0, 20_000))
  const q = normalizeQuery(params.get('q') ?? '')
  const filters = { ...NO_FILTERS }
  for (const spec of FACETS) {
    const accepted = acceptedValues(spec, vocabulary)
    filters[spec.key] = listParam(params, spec.key).filter((value) => accepted.includes(value))
  }
  const sortValue = params.get('sort')
  const sort = SORT_KEYS.find((key) => key === sortValue) ?? null
  return { q, filters, sort }
}

/**
 * The query as the URL keeps it: single spaces, no space at either end, at most MAX_QUERY_LENGTH UTF-16 units
 * (the search box's maxLength), cut without splitting an emoji's surrogate pair or leaving a trailing space,
 * so that it serialises and parses back to itself.
 */
export function normalizeQuery(raw: string): string {
  const query = raw.replace(/\s+/g, ' ').trim()
  if (query.length <= MAX_QUERY_LENGTH) return query
  return query
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trimEnd()
}

export function serializeState(state: DirectoryState): string {
  const params = new URLSearchParams()
  if (state.q.trim()) params.set('q', state.q.trim())
  for (const spec of FACETS) {
    const values = state.filters[spec.key]
    if (values.length) params.set(spec.key, values.join(','))
  }
  if (state.sort) params.set('sort', state.sort)
  const query = params.toString().replace(/%2C/g, ',')
  return query ? `?${query}` : ''
}

/** True when the visitor has asked for nothing: no query, no filter, the default order. */
export function isEmptyState(state: DirectoryState): boolean {
  return (
    !state.q.trim() && FACETS.every((spec) => state.filters[spec.key].length === 0) && state.sort === null
  )
}

export function withFilter(state: DirectoryState, key: keyof FacetFilters, values: string[]): DirectoryState {
  return { ...state, filters: { ...state.filters, [key]: values } }
}

export function toggleValue<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
}

/** Accepts both `?topic=a,b` and `?topic=a&topic=b`; drops repeats and empty parts. */
function listParam(params: URLSearchParams, key: string): string[] {
  const values = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
  return [...new Set(values)].slice(0, MAX_VALUES_PER_PARAM)
}
