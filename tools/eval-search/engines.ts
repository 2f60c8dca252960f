import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'

import { createSearchEngine, fieldTextsOf } from '../../lib/search/engine'
import type { Concept } from '../../lib/schema/search-concepts'
import type { SearchDoc } from '../../lib/search/search-doc'

/**
 * The engines the evaluation measures: ours, and the libraries a maintainer would otherwise pick, given the
 * same documents and field weights, each with a grid of settings evaluateEngine tunes on the tuning queries.
 */
type EngineAnswer = {
  /** The slugs shown, best first. */
  ranked: string[]
  /** True when what is shown matches the whole query; false for nothing or a labelled "close matches" group. */
  answered: boolean
}
export type EvaluatedEngine = {
  name: string
  /** Settings tried when tuning; the first is the library's default. */
  settings: readonly Record<string, unknown>[]
  create(
    docs: readonly SearchDoc[],
    concepts: readonly Concept[],
    settings: Record<string, unknown>,
  ): { find(query: string): EngineAnswer }
}

/** The weights our engine gives each field (lib/search/word-index.ts), given to the libraries too. */
const FIELD_WEIGHTS = { title: 3, keywords: 3, authors: 2, topics: 1.5, host: 1.2, type: 0.8, description: 1 }
const FIELDS = Object.keys(FIELD_WEIGHTS) as (keyof typeof FIELD_WEIGHTS)[]

const flat = (doc: SearchDoc) => ({ slug: doc.slug, ...fieldTextsOf(doc) })
/** A library shows nothing for a query it does not answer, and has no "close matches" group. */
const libraryAnswer = (ranked: string[]): EngineAnswer => ({ ranked, answered: ranked.length > 0 })

const ours: EvaluatedEngine = {
  name: 'ours',
  settings: [{}],
  create(docs, concepts) {
    const engine = createSearchEngine(docs, concepts)
    return {
      find(query) {
        const { hits, close } = engine.find(query)
        const shown = hits.length > 0 ? hits : close
        return { ranked: shown.map((hit) => hit.doc.slug), answered: hits.length > 0 }
      },
    }
  },
}

const fuseTokenSearch: EvaluatedEngine = {
  name: 'fuse.js',
  settings: [0.6, 0.4, 0.3, 0.2].flatMap((threshold) =>
    (['any', 'all'] as const).map((tokenMatch) => ({ threshold, tokenMatch })),
  ),
  create(docs, _concepts, settings) {
    const fuse = new Fuse(docs.map(flat), {
      keys: FIELDS.map((name) => ({ name, weight: FIELD_WEIGHTS[name] })),
      useTokenSearch: true,
      ignoreLocation: true,
      ...settings,
    })
    return { find: (query) => libraryAnswer(fuse.search(query).map((result) => result.item.slug)) }
  },
}

const miniSearch: EvaluatedEngine = {
  name: 'MiniSearch',
  settings: [0, 0.1, 0.2, 0.3].flatMap((fuzzy) =>
    (['OR', 'AND'] as const).map((combineWith) => ({ fuzzy, prefix: true, combineWith })),
  ),
  create(docs, _concepts, settings) {
    const index = new MiniSearch({ fields: FIELDS, storeFields: ['slug'], idField: 'slug' })
    index.addAll(docs.map(flat))
    return {
      find: (query) =>
        libraryAnswer(
          index.search(query, { boost: FIELD_WEIGHTS, ...settings }).map((result) => result.id as string),
        ),
    }
  },
}

export const ENGINES: readonly EvaluatedEngine[] = [ours, fuseTokenSearch, miniSearch]
