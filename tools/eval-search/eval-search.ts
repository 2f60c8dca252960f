import { rmSync } from 'node:fs'

import { writeContent } from '../../bench/build-site'
import { readSearchConcepts } from '../../lib/site-settings'
import { readCatalogueDocs } from './catalogue-docs'
import { ENGINES, type EvaluatedEngine } from './engines'
import { evaluateEngine, timeOnLargeCatalogue } from './evaluate'
import { EVALUATION_SET, unknownAnswers } from './evaluation-set'
import { formatReport } from './report'
import { consoleOutput, parseCommand, runIfMain, usageError, type Output } from '../lib/cli'
import { replaceFile } from '../lib/files'

const USAGE = [
  'Usage: npm run eval:search [-- --engine <name> --json <file> --min-success <0..1> --content <dir> --large <n>]',
  '  Runs the evaluation set (tools/eval-search/queries.json) against our engine and the libraries, each tuned on',
  '  the tuning queries: Success@3 and MRR@10 on the answerable queries, the share of unanswerable ones declined,',
  '  all, tuning and held out apart; ms per query here and on a synthetic catalogue; then our failures.',
  `  --engine        only this engine (repeatable); known: ${ENGINES.map(({ name }) => name).join(', ')}`,
  '  --json          also write the figures and per-query details to this file',
  '  --min-success   exit 1 when an engine’s Success@3 is below this; without it the run only reports',
  '  --content       the content folder to read (default: content)',
  '  --large         the size of the synthetic catalogue speed is also measured on (default 10000; 0: none)',
].join('\n')

export function runEvalSearch(
  argv: string[],
  io: Output = consoleOutput,
  known: readonly EvaluatedEngine[] = ENGINES,
): number {
  const command = parseCommand(
    {
      args: argv,
      options: {
        engine: { type: 'string', multiple: true },
        json: { type: 'string' },
        'min-success': { type: 'string' },
        content: { type: 'string', default: 'content' },
        large: { type: 'string', default: '10000' },
      },
    },
    USAGE,
    io,
  )
  if ('exitCode' in command) return command.exitCode
  const { values } = command.parsed
  const refuse = (message: string) => usageError(message, USAGE, io)

  const minSuccess = values['min-success'] === undefined ? null : Number(values['min-success'])
  if (minSuccess !== null && !(minSuccess >= 0 && minSuccess <= 1))
    return refuse(`--min-success must be a number from 0 to 1, got "${values['min-success']}".`)
  const largeSize = Number(values.large)
  if (!Number.isInteger(largeSize) || largeSize < 0)
    return refuse(`--large must be a whole number, got "${values.large}".`)
  const unknownEngines = (values.engine ?? []).filter((name) => !known.some((e) => e.name === name))
  if (unknownEngines.length > 0) return refuse(`Unknown engine: ${unknownEngines.join(', ')}.`)
  const engines = values.engine ? known.filter(({ name }) => values.engine?.includes(name)) : known

  const docs = readCatalogueDocs(values.content)
  const missing = unknownAnswers(EVALUATION_SET, new Set(docs.map(({ slug }) => slug)))
  if (missing.length > 0) {
    io.err(`The evaluation set names entries that ${values.content}/entries does not hold:`)
    for (const line of missing) io.err(`  ${line}`)
    return 1
  }

  const concepts = readSearchConcepts(values.content)
  const evaluations = engines.map((engine) => evaluateEngine(engine, docs, concepts, EVALUATION_SET))
  if (largeSize > 0) {
    const large = writeContent(largeSize, 1)
    try {
      const largeDocs = readCatalogueDocs(large)
      engines.forEach((engine, place) => {
        const evaluation = evaluations[place]!
        evaluation.msPerQueryLarge = timeOnLargeCatalogue(
          evaluation,
          engine,
          largeDocs,
          concepts,
          EVALUATION_SET,
        )
      })
    } finally {
      rmSync(large, { recursive: true, force: true })
    }
  }
  for (const line of formatReport(evaluations, docs.length, largeSize || null)) io.out(line)

  if (values.json) {
    const report = { entries: docs.length, queries: EVALUATION_SET.length, evaluations }
    replaceFile(values.json, `${JSON.stringify(report, null, 2)}\n`)
    io.err(`Wrote ${values.json}`)
  }

  const short = minSuccess === null ? [] : evaluations.filter(({ all }) => all.successAt3 < minSuccess)
  for (const { engine, all } of short)
    io.err(`${engine}: Success@3 ${all.successAt3.toFixed(3)} is below --min-success ${minSuccess}`)
  return short.length > 0 ? 1 : 0
}

runIfMain(import.meta.url, (argv) => runEvalSearch(argv))
