import rawQueries from './queries.json'

/**
 * The evaluation set: natural queries, each with the catalogue entries that answer it. Written from
 * the catalogue as people ask, not from the titles' exact words (issue 11).
 */

export const QUERY_KINDS = ['single-word', 'multi-word', 'synonym', 'typo', 'author', 'company'] as const
export type QueryKind = (typeof QUERY_KINDS)[number]

export type EvaluationQuery = {
  query: string
  kind: QueryKind
  /** Slugs of the entries that answer the query, any order: finding one of them is a success. */
  answers: string[]
  note?: string
}

/** Checks the set's shape, with an error naming the file, the query's place and the field. */
export function parseEvaluationSet(value: unknown, source: string): EvaluationQuery[] {
  if (!Array.isArray(value)) throw new Error(`${source}: must be an array of queries`)
  const seen = new Set<string>()
  return value.map((item: unknown, index) => {
    const where = `${source}: query ${index + 1}`
    if (typeof item !== 'object' || item === null) throw new Error(`${where}: must be an object`)
    const { query, kind, answers, note } = item as Record<string, unknown>
    if (typeof query !== 'string' || query.trim() === '')
      throw new Error(`${where}: field "query" must be text`)
    if (seen.has(query)) throw new Error(`${where}: "${query}" is listed twice`)
    seen.add(query)
    if (!QUERY_KINDS.includes(kind as QueryKind)) {
      throw new Error(`${where} ("${query}"): field "kind" must be one of ${QUERY_KINDS.join(', ')}`)
    }
    if (
      !Array.isArray(answers) ||
      answers.length === 0 ||
      !answers.every((slug) => typeof slug === 'string' && slug !== '')
    ) {
      throw new Error(`${where} ("${query}"): field "answers" must be a non-empty list of entry slugs`)
    }
    if (note !== undefined && typeof note !== 'string') {
      throw new Error(`${where} ("${query}"): field "note" must be text`)
    }
    return { query, kind: kind as QueryKind, answers: answers as string[], ...(note ? { note } : {}) }
  })
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
