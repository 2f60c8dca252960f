import Fuse from 'fuse.js'

import { FUSE_OPTIONS, toHit, type Hit, type QueryMatcher, type SearchDoc } from './search'
import { createTrigramIndex, findCandidates, indexText, type TrigramIndex } from './trigram-index'

/**
 * Finds the documents that match a query, best first. Small catalogues are scored whole by fuse.js.
 * Large ones first ask a trigram index for likely matches, then let fuse.js score and highlight the
 * best of those, so a keystroke costs a few milliseconds at ten thousand entries instead of hundreds.
 */
export type SearchEngine = QueryMatcher

/** Up to this many documents fuse.js scores every one of them, exactly as the small site always has. */
export const EXACT_SEARCH_LIMIT = 500
/** Above it, fuse.js scores this many of the trigram index's best candidates. */
export const SCORED_CANDIDATES = 150

export function searchableText(doc: SearchDoc): string {
  return [
    doc.title,
    doc.authors.join(' '),
    doc.topicTitles.join(' '),
    doc.host,
    doc.typeLabel,
    doc.description,
  ].join(' | ')
}

export function createSearchEngine(docs: readonly SearchDoc[], index?: TrigramIndex): SearchEngine {
  if (docs.length <= EXACT_SEARCH_LIMIT) {
    const fuse = new Fuse(docs, FUSE_OPTIONS)
    return { docs, find: (query) => fuse.search(query).map(toHit) }
  }
  const trigrams = index ?? buildTrigramIndex(docs)
  return { docs, find: (query) => findInLargeCatalogue(docs, trigrams, query) }
}

export function buildTrigramIndex(docs: readonly SearchDoc[]): TrigramIndex {
  const index = createTrigramIndex()
  docs.forEach((doc, id) => indexText(index, id, searchableText(doc)))
  return index
}

function findInLargeCatalogue(docs: readonly SearchDoc[], index: TrigramIndex, query: string): Hit[] {
  const candidates = findCandidates(index, query)
  const best = candidates.slice(0, SCORED_CANDIDATES)
  const bestDocs = best.flatMap(({ id }) => docs[id] ?? [])
  // fuse.js has the last word on the best candidates: it orders them and marks what matched.
  const scored = new Fuse(bestDocs, FUSE_OPTIONS).search(query).map(toHit)
  // The rest follow in trigram order, scored below anything fuse.js accepted.
  const rest = candidates.slice(SCORED_CANDIDATES).flatMap(({ id, score }) => {
    const doc = docs[id]
    return doc ? [{ doc, score: 2 - score, matches: {} }] : []
  })
  return [...scored, ...rest]
}

const INDEXING_SLICE = 1_000
// Hands the main thread back between slices of indexing, so typing never waits on a long task.
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Builds the engine in the browser without a long task. Pass the index of an earlier build and another
 * `textOf` to add text to the same documents (their descriptions, when they arrive).
 */
export async function buildSearchEngine(
  docs: readonly SearchDoc[],
  extend?: { index: TrigramIndex | undefined; textOf: (doc: SearchDoc) => string },
): Promise<{ engine: SearchEngine; index: TrigramIndex | undefined }> {
  if (docs.length <= EXACT_SEARCH_LIMIT) return { engine: createSearchEngine(docs), index: undefined }
  const index = extend?.index ?? createTrigramIndex()
  const textOf = extend?.textOf ?? searchableText
  for (let from = 0; from < docs.length; from += INDEXING_SLICE) {
    docs
      .slice(from, from + INDEXING_SLICE)
      .forEach((doc, offset) => indexText(index, from + offset, textOf(doc)))
    await yieldToMain()
  }
  return { engine: createSearchEngine(docs, index), index }
}
