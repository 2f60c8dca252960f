import { createSearchEngine, fieldTextsOf } from './engine'
import { facetTableOf } from './model'
import type { Concept } from '../schema/search-concepts'
import type { SearchDoc, SearchEngine } from './search-doc'
import {
  decodeSearchIndex,
  withDescriptions,
  type SearchDescriptionsPayload,
  type SearchIndexPayload,
} from './payload'
import { createWordIndex, indexDocument, type WordIndex } from './word-index'

/**
 * What the browser loads when search is first wanted, in one chunk: the search data decoded and
 * indexed a slice at a time, so that typing never waits behind a long task.
 */

export type Corpus = { docs: SearchDoc[]; index: WordIndex; concepts: Concept[]; engine: SearchEngine }

/** Search over everything but the descriptions: ready as soon as the index file is in. */
export async function indexCorpus(data: SearchIndexPayload): Promise<Corpus> {
  const index = createWordIndex()
  const docs = await decodeAndIndex(index, data.title.length, (from, to) => decodeSearchIndex(data, from, to))
  facetTableOf(docs)
  await yieldToMain()
  return { docs, index, concepts: data.concepts, engine: createSearchEngine(docs, data.concepts, index) }
}

/** The same search with the descriptions added to its documents and its index. */
export async function addDescriptions(
  corpus: Corpus,
  descriptions: SearchDescriptionsPayload,
): Promise<SearchEngine> {
  const complete = withDescriptions(corpus.docs, descriptions)
  await indexInSlices(corpus.index, complete, 'description')
  facetTableOf(complete)
  await yieldToMain()
  return createSearchEngine(complete, corpus.concepts, corpus.index)
}

const INDEXING_SLICE = 250
/**
 * Hands the main thread back between slices. A message rather than setTimeout(0), which browsers
 * stretch to 4 ms once timeouts nest.
 */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}

/** Indexes one part of every document, a slice at a time. */
export async function indexInSlices(
  index: WordIndex,
  docs: readonly SearchDoc[],
  part: 'all' | 'core' | 'description',
): Promise<void> {
  for (let from = 0; from < docs.length; from += INDEXING_SLICE) {
    docs
      .slice(from, from + INDEXING_SLICE)
      .forEach((doc, offset) => indexDocument(index, from + offset, fieldTextsOf(doc, part)))
    await yieldToMain()
  }
}

export async function decodeAndIndex(
  index: WordIndex,
  count: number,
  decode: (from: number, to: number) => SearchDoc[],
): Promise<SearchDoc[]> {
  const docs: SearchDoc[] = []
  for (let from = 0; from < count; from += INDEXING_SLICE) {
    for (const doc of decode(from, Math.min(count, from + INDEXING_SLICE))) {
      indexDocument(index, docs.length, fieldTextsOf(doc, 'core'))
      docs.push(doc)
    }
    await yieldToMain()
  }
  return docs
}
