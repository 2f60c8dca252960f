import Fuse from 'fuse.js'

import { FUSE_OPTIONS, toHit, type Hit, type QueryMatcher, type SearchDoc } from './model'
import { createTrigramIndex, findCandidates, indexText, normalize, type TrigramIndex } from './trigram-index'

/**
 * Finds the documents that match a query, best first. Small catalogues are scored whole by fuse.js.
 * Large ones first ask a trigram index for likely matches, then let fuse.js score and highlight the
 * best of those, so a keystroke costs a few milliseconds at ten thousand entries instead of hundreds.
 */
export type SearchEngine = QueryMatcher

/** Up to this many documents fuse.js scores every one of them, exactly as the small site always has. */
export const EXACT_SEARCH_LIMIT = 500
/** Above it, fuse.js scores this many of the trigram index's best candidates. */
export const SCORED_CANDIDATES = 60
const HIGHLIGHTED_PREFIX_HITS = 100

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
  return { docs, find: remembered((query) => findInLargeCatalogue(docs, trigrams, query)) }
}

export function buildTrigramIndex(docs: readonly SearchDoc[]): TrigramIndex {
  const index = createTrigramIndex()
  docs.forEach((doc, id) => indexText(index, id, searchableText(doc)))
  return index
}

function findInLargeCatalogue(docs: readonly SearchDoc[], index: TrigramIndex, query: string): Hit[] {
  const candidates = findCandidates(index, query)
  // One or two letters are a word prefix, not a fuzzy pattern: fuse.js would add nothing but time.
  if (normalize(query).length < 3) {
    return candidates.flatMap(({ id, score }, place) => {
      const doc = docs[id]
      if (!doc) return []
      // Marking costs a little per hit: only the first pages' worth are marked.
      return [
        place < HIGHLIGHTED_PREFIX_HITS
          ? prefixHit(doc, query, score)
          : { doc, score: 1 - score, matches: {} },
      ]
    })
  }
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

const INDEXING_SLICE = 250
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

/** A hit for a short query, with the first place the title has a word starting with it marked. */
function prefixHit(doc: SearchDoc, query: string, score: number): Hit {
  const needle = query.trim().toLowerCase()
  const title = doc.title.toLowerCase()
  let at = title.indexOf(needle)
  while (at > 0 && /[\p{L}\p{N}]/u.test(title[at - 1] ?? '')) at = title.indexOf(needle, at + 1)
  const matches = at >= 0 ? { title: [[at, at + needle.length - 1]] as [number, number][] } : {}
  return { doc, score: 1 - score, matches }
}

const REMEMBERED_QUERIES = 64

/**
 * Keeps the answers to the last few queries: typing goes back over the same short prefixes
 * ("c", "ca", …) from one search to the next, and those are the costliest to answer.
 */
function remembered(find: (query: string) => Hit[]): (query: string) => Hit[] {
  const answers = new Map<string, Hit[]>()
  return (query) => {
    const key = normalize(query)
    const known = answers.get(key)
    if (known) {
      answers.delete(key)
      answers.set(key, known) // most recently used last
      return known
    }
    const found = find(query)
    answers.set(key, found)
    if (answers.size > REMEMBERED_QUERIES) answers.delete(answers.keys().next().value ?? '')
    return found
  }
}
