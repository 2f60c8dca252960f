import type { Concept } from '../../lib/schema/search-concepts'
import type { SearchDoc } from '../../lib/search/search-doc'
import type { EvaluatedEngine } from './engines'
import { QUERY_KINDS, type EvaluationQuery } from './evaluation-set'
import { scoreQuery, summarise, summariseByKind, type QueryOutcome, type Summary } from './metrics'

export type EngineEvaluation = ReturnType<typeof evaluateEngine>

/** What tuning maximises: finding answers, and declining what cannot be answered, equally. */
const objective = (summary: Summary) => summary.successAt3 + summary.declinedShare

function outcomesOf(
  engine: EvaluatedEngine,
  settings: Record<string, unknown>,
  docs: readonly SearchDoc[],
  concepts: readonly Concept[],
  queries: readonly EvaluationQuery[],
): { outcomes: QueryOutcome[]; msPerQuery: number } {
  const search = engine.create(docs, concepts, settings)
  const started = performance.now()
  const outcomes = queries.map((query) => scoreQuery(query, search.find(query.query)))
  return { outcomes, msPerQuery: (performance.now() - started) / Math.max(1, queries.length) }
}

/**
 * Tunes the engine on the tuning queries (never the held-out ones), then asks it every query with the settings
 * that did best and scores the answers, all together, the two parts apart and by kind.
 */
export function evaluateEngine(
  engine: EvaluatedEngine,
  docs: readonly SearchDoc[],
  concepts: readonly Concept[],
  queries: readonly EvaluationQuery[],
) {
  const tuningQueries = queries.filter((query) => !query.heldOut)
  const settings = engine.settings
    .map((candidate) => ({
      candidate,
      score: objective(summarise(outcomesOf(engine, candidate, docs, concepts, tuningQueries).outcomes)),
    }))
    .reduce((best, next) => (next.score > best.score ? next : best)).candidate
  const { outcomes, msPerQuery } = outcomesOf(engine, settings, docs, concepts, queries)
  return {
    engine: engine.name,
    /** The settings the engine was tuned to, on the tuning queries only. */
    settings,
    all: summarise(outcomes),
    tuning: summarise(outcomes.filter((outcome) => !outcome.heldOut)),
    heldOut: summarise(outcomes.filter((outcome) => outcome.heldOut)),
    byKind: summariseByKind(outcomes, QUERY_KINDS),
    outcomes,
    /** Mean time to answer a query, in milliseconds, on these documents (and on the large catalogue, if measured). */
    msPerQuery,
    msPerQueryLarge: null as number | null,
  }
}

/**
 * The mean time an engine, with its tuned settings, takes to answer a query on a large catalogue: every
 * seventh query of the set, each kind among them, so that the slowest library is timed in seconds, not minutes.
 */
export function timeOnLargeCatalogue(
  evaluation: EngineEvaluation,
  engine: EvaluatedEngine,
  docs: readonly SearchDoc[],
  concepts: readonly Concept[],
  queries: readonly EvaluationQuery[],
): number {
  const sample = queries.filter((_, place) => place % 7 === 0)
  return outcomesOf(engine, evaluation.settings, docs, concepts, sample).msPerQuery
}
