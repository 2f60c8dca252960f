import type { EngineEvaluation } from './evaluate'
import type { QueryOutcome, Summary } from './metrics'

/**
 * The evaluation as text lines: each engine's figures (all queries, the tuning part and the held-out part),
 * by kind of query, the decision the figures support, then our engine's failures.
 */

const figure = (value: number) => value.toFixed(3)
const ms = (value: number | null) => (value === null ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(0))

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)]
}

function describeFailure(outcome: QueryOutcome): string {
  const where = `  "${outcome.query}" [${outcome.kind}${outcome.heldOut ? ', held out' : ''}]`
  if (outcome.answers.length === 0)
    return `${where}\n      expected nothing or close matches; answered: ${outcome.top.join(', ')}`
  const got =
    outcome.resultCount === 0
      ? 'no result'
      : `first: ${outcome.top.join(', ')}` +
        (outcome.firstAnswerRank === null
          ? ` (no answer among ${outcome.resultCount} results)`
          : ` (first answer at ${outcome.firstAnswerRank} of ${outcome.resultCount})`)
  return `${where}\n      expected: ${outcome.answers.join(', ')}\n      ${got}`
}

const failed = (outcome: QueryOutcome) => (outcome.answers.length === 0 ? outcome.answered : !outcome.success)

/** Within this much Success@3 (answerable and declined alike) and this speed, a library would be preferred. */
const RELEVANCE_MARGIN = 0.02
const SPEED_MARGIN = 1.5

function decision(evaluations: readonly EngineEvaluation[]): string[] {
  const [ours, ...libraries] = evaluations
  if (!ours || libraries.length === 0) return []
  const close = libraries.filter(
    (library) =>
      library.all.successAt3 >= ours.all.successAt3 - RELEVANCE_MARGIN &&
      library.all.declinedShare >= ours.all.declinedShare - RELEVANCE_MARGIN &&
      (library.msPerQueryLarge ?? Infinity) <= (ours.msPerQueryLarge ?? 0) * SPEED_MARGIN,
  )
  if (close.length > 0)
    return [`Decision: ${close.map(({ engine }) => engine).join(', ')} within the margins: prefer it.`]
  const best = libraries.toSorted((a, b) => b.all.successAt3 - a.all.successAt3)[0]!
  const speed =
    ours.msPerQueryLarge && best.msPerQueryLarge
      ? `, and is ${(best.msPerQueryLarge / ours.msPerQueryLarge).toFixed(1)} × as fast at the large size`
      : ''
  return [
    `Decision: keep ${ours.engine}. It leads the best library (${best.engine}) by ` +
      `${figure(ours.all.successAt3 - best.all.successAt3)} Success@3 and ` +
      `${figure(ours.all.declinedShare - best.all.declinedShare)} in declining what it cannot answer${speed}` +
      ` (a library within ${RELEVANCE_MARGIN} on both and ${SPEED_MARGIN} × on speed would be preferred).`,
  ]
}

export function formatReport(
  evaluations: readonly EngineEvaluation[],
  entryCount: number,
  largeSize: number | null,
): string[] {
  const first = evaluations[0]
  const cells = (summary: Summary) => [figure(summary.successAt3), figure(summary.declinedShare)]
  const failures = first?.outcomes.filter(failed) ?? []
  return [
    `Search evaluation: ${first?.all.queries ?? 0} answerable and ${first?.all.unanswerable ?? 0} unanswerable ` +
      `queries (${(first?.heldOut.queries ?? 0) + (first?.heldOut.unanswerable ?? 0)} held out) over ${entryCount} entries`,
    '',
    ...table(
      [
        'engine',
        'S@3 all',
        'declined',
        'S@3 tuning',
        'declined',
        'S@3 held out',
        'declined',
        'MRR@10',
        'ms/query',
        largeSize ? `ms at ${largeSize}` : 'ms large',
        'settings (tuned)',
      ],
      evaluations.map((evaluation) => [
        evaluation.engine,
        ...cells(evaluation.all),
        ...cells(evaluation.tuning),
        ...cells(evaluation.heldOut),
        figure(evaluation.all.mrrAt10),
        ms(evaluation.msPerQuery),
        ms(evaluation.msPerQueryLarge),
        JSON.stringify(evaluation.settings),
      ]),
    ),
    '',
    'S@3 (declined, for unanswerable queries) by kind of query:',
    ...table(
      ['kind', 'queries', ...evaluations.map(({ engine }) => engine)],
      (first?.byKind ?? []).map(({ kind, summary }, place) => [
        kind,
        String(summary.queries + summary.unanswerable),
        ...evaluations.map((evaluation) => {
          const of = evaluation.byKind[place]!.summary
          return figure(of.unanswerable > 0 && of.queries === 0 ? of.declinedShare : of.successAt3)
        }),
      ]),
    ),
    '',
    ...decision(evaluations),
    ...(first
      ? ['', `Failing queries, ${first.engine}: ${failures.length} of ${first.outcomes.length}`]
      : []),
    ...failures.map(describeFailure),
  ]
}
