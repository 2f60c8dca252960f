import type { EngineEvaluation } from './evaluate'
import type { QueryOutcome } from './metrics'

/** The evaluation as text lines: the figures per engine, per kind of query, then each engine's failures. */

const figure = (value: number) => value.toFixed(3)

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
  const expected = outcome.answers.join(', ')
  const got =
    outcome.resultCount === 0
      ? 'no result'
      : `first: ${outcome.top.join(', ')}` +
        (outcome.firstAnswerRank === null
          ? ` (no answer among ${outcome.resultCount} results)`
          : ` (first answer at ${outcome.firstAnswerRank} of ${outcome.resultCount})`)
  return `  "${outcome.query}" [${outcome.kind}]\n      expected: ${expected}\n      ${got}`
}

export function formatReport(evaluations: readonly EngineEvaluation[], entryCount: number): string[] {
  const queryCount = evaluations[0]?.summary.queries ?? 0
  const lines = [`Search evaluation: ${queryCount} queries over ${entryCount} entries`, '']
  lines.push(
    ...table(
      ['engine', 'Success@3', 'MRR@10', 'no result'],
      evaluations.map(({ engine, summary }) => [
        engine,
        figure(summary.successAt3),
        figure(summary.mrrAt10),
        figure(summary.noResultShare),
      ]),
    ),
  )
  const kinds = evaluations[0]?.byKind ?? []
  lines.push('', 'Success@3 by kind of query:')
  lines.push(
    ...table(
      ['kind', 'queries', ...evaluations.map(({ engine }) => engine)],
      kinds.map(({ kind, summary }, place) => [
        kind,
        String(summary.queries),
        ...evaluations.map((evaluation) => figure(evaluation.byKind[place]?.summary.successAt3 ?? 0)),
      ]),
    ),
  )
  for (const evaluation of evaluations) {
    const failures = evaluation.outcomes.filter((outcome) => !outcome.success)
    lines.push('', `Failing queries, ${evaluation.engine}: ${failures.length} of ${queryCount}`)
    lines.push(...failures.map(describeFailure))
  }
  return lines
}
