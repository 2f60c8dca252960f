import { EVALUATION_SET, type EvaluationQuery } from './evaluation-set'

/**
 * A representative part of the evaluation set, every kind of query, that unit tests run against each
 * engine so ranking cannot silently regress (see queries.test.ts).
 */
const REGRESSION_QUERY_TEXTS = [
  // single words
  'celery',
  's3',
  'n+1',
  'websocket',
  'sharding',
  // several words
  'bulk insert',
  'gunicorn workers',
  'full text search',
  'n+1 queries',
  'connection pool',
  'read replicas',
  'how to scale django',
  // synonyms
  'background jobs',
  'podcast',
  'lazy loading',
  'drf performance',
  // typos
  'replcia routing',
  'profling sql',
  'celey',
  'garbge colection',
  'read replcas postgers',
  // people and companies
  'carl meyer',
  'flavio juvenal',
  'will vincent',
  'instagram',
  'whatsapp',
  'clubhouse',
  // questions and problems
  'what should I use for background jobs',
  'my workers keep running out of memory',
  // nothing to answer
  'crypto wallet',
  'angular forms',
] as const

export const REGRESSION_QUERIES: readonly EvaluationQuery[] = REGRESSION_QUERY_TEXTS.map((text) => {
  const query = EVALUATION_SET.find((candidate) => candidate.query === text)
  if (!query) throw new Error(`tools/eval-search/regression.ts: "${text}" is not in queries.json`)
  return query
})
