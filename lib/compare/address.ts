import { permalinks } from '../schema/permalinks'

/**
 * A comparison lives in its address: `/compare/?e=django-cachalot,django-cacheops`. The address is the
 * whole state, so it is read tolerantly: parts that cannot be an entry's slug, repeats and names of no
 * entry are dropped, and nothing in it throws.
 */

const COMPARE_PARAM = 'e'
/** `?add=<slug>`: the link of an entry's page, which adds that entry to the reader's picks. */
const ADD_PARAM = 'add'
export const MIN_COMPARED = 2
export const MAX_COMPARED = 6

/** What an entry's slug (its file name) may look like; anything else in the address is not a name. */
export const SLUG_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

export function isSlugShaped(text: string): boolean {
  return SLUG_SHAPE.test(text)
}
/** Parts read from the address at most: a longer list is noise, and reading it costs. */
const MAX_PARTS = 50

export type CompareAddress = {
  /** Slug-shaped names in the order given, each once. */
  names: string[]
  /** Parts that are not slug-shaped (markup, control characters, over-long text). */
  malformed: number
  /** The entry to add to the reader's picks (`add=`), when slug-shaped. */
  add: string | null
}

/** Reads `e=` (as `e=a,b` or `e=a&e=b`) from a query string. */
export function parseCompareAddress(search: string): CompareAddress {
  const params = new URLSearchParams(search.slice(0, 20_000))
  const parts = params
    .getAll(COMPARE_PARAM)
    .flatMap((value) => value.split(','))
    .map((part) => part.trim())
    .filter(Boolean)
    .slice(0, MAX_PARTS)
  const wellFormed = parts.filter(isSlugShaped)
  const add = params.get(ADD_PARAM)?.trim() ?? ''
  return {
    names: [...new Set(wellFormed)],
    malformed: parts.length - wellFormed.length,
    add: isSlugShaped(add) ? add : null,
  }
}

export type Comparison = {
  /** The entries compared: known slugs, at most MAX_COMPARED, in the address's order. */
  slugs: string[]
  /** Names the address gives that no entry has. */
  unknown: string[]
  /** Known entries left out because the address names more than MAX_COMPARED. */
  cut: number
}

/** The entries an address compares, given which slugs the catalogue knows. */
export function resolveComparison(address: CompareAddress, isKnown: (slug: string) => boolean): Comparison {
  const known = address.names.filter(isKnown)
  return {
    slugs: known.slice(0, MAX_COMPARED),
    unknown: address.names.filter((name) => !isKnown(name)),
    cut: Math.max(0, known.length - MAX_COMPARED),
  }
}

/** The query string of a comparison: `?e=a,b`, commas left readable. */
export function compareSearch(slugs: readonly string[]): string {
  if (slugs.length === 0) return ''
  const params = new URLSearchParams({ [COMPARE_PARAM]: slugs.join(',') })
  return `?${params.toString().replace(/%2C/g, ',')}`
}

/** The page comparing these entries (without the base path: Next.js links add it). */
export function compareHref(slugs: readonly string[]): string {
  return `${permalinks.compare()}${compareSearch(slugs)}`
}

/** The link that adds an entry to the reader's picks and opens the comparison of them all. */
export function compareAddHref(slug: string): string {
  return `${permalinks.compare()}?${new URLSearchParams({ [ADD_PARAM]: slug }).toString()}`
}
