import Fuse from 'fuse.js'

import type { SearchDoc } from '../../lib/search/model'

/**
 * The search as it was before words counted on their own, kept only as the evaluation's baseline:
 * fuse.js matching the whole query as one pattern against one field at a time.
 */
const WHOLE_QUERY_OPTIONS = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'authors', weight: 1.5 },
    { name: 'topicTitles', weight: 1 },
    { name: 'host', weight: 1 },
    { name: 'typeLabel', weight: 0.7 },
    { name: 'description', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
}

export function createWholeQueryEngine(docs: readonly SearchDoc[]) {
  const fuse = new Fuse(docs, WHOLE_QUERY_OPTIONS)
  return { find: (query: string) => fuse.search(query).map((result) => ({ doc: result.item })) }
}
