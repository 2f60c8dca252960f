import { z } from 'zod'

import rawQueries from './queries.json'
import { expected, fields, problemsOf } from '../../lib/schema/fields'

/**
 * The evaluation set: natural queries, each with the catalogue entries that answer it, written from the
 * catalogue's subjects as people ask, not from the titles' words; and queries it cannot answer, which must
 * get nothing or only a labelled close-matches group. `heldOut` queries are never looked at while tuning.
 */

export const QUERY_KINDS = [
  'single-word',
  'multi-word',
  'synonym',
  'typo',
  'author',
  'company',
  'question',
  'unanswerable',
] as const

const TEXT = { error: 'must be text' }
const SLUGS = { error: 'must be a non-empty list of entry slugs' }

const evaluationQuery = fields({
  query: z.string(TEXT).trim().min(1, TEXT),
  kind: z.enum(QUERY_KINDS, { error: `must be one of ${QUERY_KINDS.join(', ')}` }),
  /** Slugs of the entries that answer the query, any order: finding one of them is a success. */
  answers: z.array(z.string(SLUGS).min(1, SLUGS), SLUGS),
  note: z.string(TEXT).optional(),
  heldOut: z.boolean({ error: 'must be true or false' }).optional(),
}).refine((query) => (query.kind === 'unanswerable') === (query.answers.length === 0), {
  path: ['answers'],
  error: (issue) =>
    (issue.input as { kind?: unknown }).kind === 'unanswerable'
      ? 'must be empty for a query the catalogue cannot answer'
      : SLUGS.error,
  when: ({ value }) => typeof value === 'object' && value !== null,
})

const evaluationSet = z
  .array(evaluationQuery, { error: expected('must be an array of queries') })
  .superRefine((queries, context) =>
    queries.forEach(({ query }, index) => {
      if (queries.findIndex((other) => other.query === query) < index) {
        context.addIssue({ code: 'custom', path: [index], message: `"${query}" is listed twice` })
      }
    }),
  )

export type EvaluationQuery = z.infer<typeof evaluationQuery>

/** Checks the set's shape, with an error naming the file, the query's place and the field. */
export function parseEvaluationSet(value: unknown, source: string): EvaluationQuery[] {
  const parsed = evaluationSet.safeParse(value)
  if (parsed.success) return parsed.data
  const { path, message } = problemsOf(parsed.error)[0]!
  const [index, field] = path
  if (typeof index !== 'number') throw new Error(`${source}: ${message}`)
  const query = (value as { query?: unknown }[])[index]?.query
  const named = typeof query === 'string' && field !== undefined ? ` (${JSON.stringify(query)})` : ''
  const what = field === undefined ? message : `field "${String(field)}" ${message}`
  throw new Error(`${source}: query ${index + 1}${named}: ${what}`)
}

export const EVALUATION_SET: readonly EvaluationQuery[] = parseEvaluationSet(
  rawQueries,
  'tools/eval-search/queries.json',
)

/** Answers naming no entry of the catalogue, as "query → slug": the set must have none. */
export function unknownAnswers(queries: readonly EvaluationQuery[], slugs: ReadonlySet<string>): string[] {
  return queries.flatMap(({ query, answers }) =>
    answers.filter((slug) => !slugs.has(slug)).map((slug) => `${query} → ${slug}`),
  )
}
