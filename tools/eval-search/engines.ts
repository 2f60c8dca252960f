import { createSearchEngine } from '../../lib/search/engine'
import { createWholeQueryEngine } from './whole-query-engine'
import type { CatalogueDoc } from './catalogue-docs'

/**
 * The engines the evaluation measures. An engine is built once from the catalogue's documents and
 * then asked each query; only the order of the slugs it returns is scored.
 */
export type RankedHit = { doc: { slug: string } }
export type EvaluatedEngine = {
  name: string
  create(docs: readonly CatalogueDoc[]): { find(query: string): readonly RankedHit[] }
}

export const ENGINES: readonly EvaluatedEngine[] = [
  // Before: fuse.js matching the whole query as one pattern, field by field.
  { name: 'whole-query', create: (docs) => createWholeQueryEngine(docs) },
  // Now: every word on its own (lib/search/engine.ts).
  { name: 'words', create: (docs) => createSearchEngine(docs) },
]
