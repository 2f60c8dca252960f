/**
 * The orders the site and the README export share, so the two list topics and entries alike. Locale-
 * independent: generated files must not depend on the machine's language.
 */

/** Case-insensitive in English collation; text that differs only in case keeps a fixed order. */
export function compareText(a: string, b: string): number {
  const folded = a.toLowerCase().localeCompare(b.toLowerCase(), 'en')
  return folded !== 0 ? folded : a < b ? -1 : a > b ? 1 : 0
}

type Sortable = { slug: string; title: string }

/** Entries: by title, then slug. */
export function compareEntries(a: Sortable, b: Sortable): number {
  return compareText(a.title, b.title) || compareText(a.slug, b.slug)
}

/** Topics: by `order`, then as entries; topics without an order go last. */
export function compareTopics(a: Sortable & { order?: number }, b: Sortable & { order?: number }): number {
  return (a.order ?? Infinity) - (b.order ?? Infinity) || compareEntries(a, b)
}
