/**
 * The comparison data is cut into parts, each holding the entries whose slug hashes to it, so that a
 * comparison of six fetches at most six small files however large the catalogue grows. The build and
 * the browser find an entry's part with the same function.
 */

/** Entries per part, on average. */
export const ENTRIES_PER_PART = 100

export function comparePartCount(entryCount: number): number {
  return Math.max(1, Math.ceil(entryCount / ENTRIES_PER_PART))
}

/** The part that holds a slug's facts: FNV-1a of the slug, modulo the number of parts. */
export function comparePartOf(slug: string, partCount: number): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < slug.length; index++) {
    hash ^= slug.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % partCount
}
