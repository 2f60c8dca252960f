/**
 * The evaluation's figures, pure. For a query the catalogue answers: Success@3 (an answer among the first
 * three shown), MRR over the first ten (1 / the rank of the first answer, 0 when none is in the first ten) and
 * whether anything was shown at all. For a query it cannot answer: whether the engine said so, showing nothing
 * or only a labelled close-matches group.
 */

const SUCCESS_DEPTH = 3
const MRR_DEPTH = 10

export type QueryOutcome = ReturnType<typeof scoreQuery>
export type Summary = ReturnType<typeof summarise>

export function scoreQuery(
  query: { query: string; kind: string; answers: readonly string[]; heldOut?: boolean },
  shown: { ranked: readonly string[]; answered: boolean },
) {
  const answers = new Set(query.answers)
  const index = shown.ranked.findIndex((slug) => answers.has(slug))
  const rank = index === -1 ? null : index + 1
  return {
    query: query.query,
    kind: query.kind,
    heldOut: query.heldOut ?? false,
    answers: [...query.answers],
    /** 1-based place of the first answer in the whole result list, or null when no answer was found. */
    firstAnswerRank: rank,
    success: rank !== null && rank <= SUCCESS_DEPTH,
    reciprocalRank: rank !== null && rank <= MRR_DEPTH ? 1 / rank : 0,
    resultCount: shown.ranked.length,
    /** The engine presented what it showed as matching the whole query. */
    answered: shown.answered,
    /** The first few slugs shown, to tell what came first instead of an answer. */
    top: shown.ranked.slice(0, SUCCESS_DEPTH),
  }
}

export function summarise(outcomes: readonly QueryOutcome[]) {
  const answerable = outcomes.filter((outcome) => outcome.answers.length > 0)
  const unanswerable = outcomes.filter((outcome) => outcome.answers.length === 0)
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)
  return {
    /** Queries the catalogue answers, and the figures over them. */
    queries: answerable.length,
    successAt3: share(answerable.filter((outcome) => outcome.success).length, answerable.length),
    mrrAt10: share(
      answerable.reduce((total, outcome) => total + outcome.reciprocalRank, 0),
      answerable.length,
    ),
    noResultShare: share(answerable.filter((outcome) => outcome.resultCount === 0).length, answerable.length),
    /** Queries it cannot answer, and the share the engine declined to answer. */
    unanswerable: unanswerable.length,
    declinedShare: share(unanswerable.filter((outcome) => !outcome.answered).length, unanswerable.length),
  }
}

/** One summary per kind of query, in the order the kinds are given. */
export function summariseByKind(outcomes: readonly QueryOutcome[], kinds: readonly string[]) {
  return kinds.map((kind) => ({
    kind,
    summary: summarise(outcomes.filter((outcome) => outcome.kind === kind)),
  }))
}
