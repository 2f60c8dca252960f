import type { Concept } from '../../lib/schema/search-concepts'
import type { CatalogueDoc } from './catalogue-docs'
import type { EvaluatedEngine } from './engines'
import { QUERY_KINDS, type EvaluationQuery } from './evaluation-set'
import { scoreQuery, summarise, summariseByKind, type QueryOutcome, type Summary } from './metrics'

export type EngineEvaluation = {
  engine: string
  summary: Summary
  byKind: { kind: string; summary: Summary }[]
  outcomes: QueryOutcome[]
}

/** Builds the engine from the documents, asks it every query and scores the answers. */
export function evaluateEngine(
  engine: EvaluatedEngine,
  docs: readonly CatalogueDoc[],
  concepts: readonly Concept[],
  queries: readonly EvaluationQuery[],
): EngineEvaluation {
  const search = engine.create(docs, concepts, engine.settings[0]!)
  const outcomes = queries.map((query) => scoreQuery(query, search.find(query.query).ranked))
  return {
    engine: engine.name,
    summary: summarise(outcomes),
    byKind: summariseByKind(outcomes, QUERY_KINDS),
    outcomes,
  }
}
