/**
 * The evaluation's figures, pure: from each query's answers and the slugs an engine returned (best
 * first), Success@3 (an answer among the first three), MRR over the first ten (1 / the rank of the
 * first answer, 0 when none is in the first ten) and the share of queries with no result at all.
 */

const SUCCESS_DEPTH = 3
const MRR_DEPTH = 10

export type QueryOutcome = {
  query: string
  kind: string
  answers: string[]
  /** 1-based place of the first answer in the whole result list, or null when no answer was found. */
  firstAnswerRank: number | null
  success: boolean
  reciprocalRank: number
  resultCount: number
  /** The first few slugs returned, to show what came first instead of an answer. */
  top: string[]
}

export type Summary = {
  queries: number
  successAt3: number
  mrrAt10: number
  noResultShare: number
}

export function scoreQuery(
  query: { query: string; kind: string; answers: readonly string[] },
  ranked: readonly string[],
): QueryOutcome {
  const answers = new Set(query.answers)
  const index = ranked.findIndex((slug) => answers.has(slug))
  const rank = index === -1 ? null : index + 1
  return {
    query: query.query,
    kind: query.kind,
    answers: [...query.answers],
    firstAnswerRank: rank,
    success: rank !== null && rank <= SUCCESS_DEPTH,
    reciprocalRank: rank !== null && rank <= MRR_DEPTH ? 1 / rank : 0,
    resultCount: ranked.length,
    top: ranked.slice(0, SUCCESS_DEPTH),
  }
}

export function summarise(outcomes: readonly QueryOutcome[]): Summary {
  const count = outcomes.length
  const share = (total: number) => (count === 0 ? 0 : total / count)
  return {
    queries: count,
    successAt3: share(outcomes.filter((outcome) => outcome.success).length),
    mrrAt10: share(outcomes.reduce((total, outcome) => total + outcome.reciprocalRank, 0)),
    noResultShare: share(outcomes.filter((outcome) => outcome.resultCount === 0).length),
  }
}

/** One summary per kind of query, in the order the kinds are given. */
export function summariseByKind(
  outcomes: readonly QueryOutcome[],
  kinds: readonly string[],
): { kind: string; summary: Summary }[] {
  return kinds.map((kind) => ({
    kind,
    summary: summarise(outcomes.filter((outcome) => outcome.kind === kind)),
  }))
}
