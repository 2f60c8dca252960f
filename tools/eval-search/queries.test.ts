import { describe, expect, it } from 'vitest'

import { readContent } from '../content/content-files'
import { readCatalogueDocs } from './catalogue-docs'
import { ENGINES } from './engines'
import { EVALUATION_SET, parseEvaluationSet, QUERY_KINDS, unknownAnswers } from './evaluation-set'
import { scoreQuery } from './metrics'
import { REGRESSION_QUERIES, type RegressionQueryText } from './regression'

const docs = readCatalogueDocs('content')

describe('the evaluation set', () => {
  it('names only entries that exist in content/entries', () => {
    expect(unknownAnswers(EVALUATION_SET, new Set(docs.map(({ slug }) => slug)))).toEqual([])
  })

  it('holds at least 60 queries and every kind of query', () => {
    expect(EVALUATION_SET.length).toBeGreaterThanOrEqual(60)
    expect(new Set(EVALUATION_SET.map(({ kind }) => kind))).toEqual(new Set(QUERY_KINDS))
  })

  it('asks for something in every topic', () => {
    const answered = new Set(
      EVALUATION_SET.flatMap(({ answers }) =>
        answers.flatMap((slug) => docs.find((doc) => doc.slug === slug)?.topics ?? []),
      ),
    )
    const { topics } = readContent('content')
    expect(topics.map(({ slug }) => slug).filter((slug) => !answered.has(slug))).toEqual([])
  })

  it('keeps a regression subset spanning every kind of query', () => {
    expect(REGRESSION_QUERIES.length).toBeGreaterThanOrEqual(20)
    expect(new Set(REGRESSION_QUERIES.map(({ kind }) => kind))).toEqual(new Set(QUERY_KINDS))
  })
})

describe('parseEvaluationSet', () => {
  const parse = (value: unknown) => () => parseEvaluationSet(value, 'queries.json')

  it('accepts a well-formed query and keeps its note', () => {
    expect(parseEvaluationSet([{ query: 'q', kind: 'typo', answers: ['a'], note: 'n' }], 'f')).toEqual([
      { query: 'q', kind: 'typo', answers: ['a'], note: 'n' },
    ])
  })

  it('names the file, the place and the field of a bad query', () => {
    expect(parse({})).toThrow('queries.json: must be an array of queries')
    expect(parse([{ query: 'q', kind: 'guess', answers: ['a'] }])).toThrow(
      'queries.json: query 1 ("q"): field "kind" must be one of',
    )
    expect(parse([{ query: 'q', kind: 'typo', answers: [] }])).toThrow(
      'queries.json: query 1 ("q"): field "answers" must be a non-empty list of entry slugs',
    )
    expect(parse([{ kind: 'typo', answers: ['a'] }])).toThrow(
      'queries.json: query 1: field "query" must be text',
    )
  })

  it('refuses a query listed twice', () => {
    const query = { query: 'q', kind: 'typo', answers: ['a'] }
    expect(parse([query, query])).toThrow('queries.json: query 2: "q" is listed twice')
  })
})

describe('unknownAnswers', () => {
  it('lists each answer that names no entry, with its query', () => {
    const queries = [{ query: 'q', kind: 'typo' as const, answers: ['a', 'gone'] }]
    expect(unknownAnswers(queries, new Set(['a']))).toEqual(['q → gone'])
  })
})

/**
 * Regression queries an engine is known to miss (no answer in the first three), with why. Every other
 * regression query must keep an answer in the first three; a known failure that starts passing must be
 * taken off its list, so the list stays true. An engine added to ENGINES starts with no known failures.
 */
const KNOWN_FAILURES: Record<string, Partial<Record<RegressionQueryText, string>>> = {
  'whole-query': {
    'bulk insert': 'the whole query is one pattern; "bulk" and "insert" never sit side by side',
    'gunicorn workers': 'the two words are in different fields or sentences',
    'full text search': 'the texts say "search" but never "full text"',
    'how to scale django': '"how to" must match too, and only one entry has text close to all of it',
    'replcia routing': 'a typo in one word sinks the whole pattern',
    'profling sql': 'a typo in one word sinks the whole pattern',
    'read replcas postgers': 'two typos in a three-word pattern',
    'drf performance': '"drf" is in no title, so titles with "performance" outrank the DRF article',
  },
}

describe.each(ENGINES.map((engine) => [engine.name, engine] as const))(
  'regression queries, %s engine',
  (name, engine) => {
    const search = engine.create(docs)
    const knownFailures: Partial<Record<string, string>> = KNOWN_FAILURES[name] ?? {}

    it.each(REGRESSION_QUERIES.map((query) => [query.query, query] as const))(
      '"%s" keeps an answer in the first three, or stays a known failure',
      (_, query) => {
        const outcome = scoreQuery(
          query,
          search.find(query.query).map((hit) => hit.doc.slug),
        )
        const why = knownFailures[query.query]
        if (why === undefined) {
          expect(outcome.success, `first three: ${outcome.top.join(', ') || 'nothing'}`).toBe(true)
        } else {
          expect(outcome.success, `now answered: remove it from KNOWN_FAILURES.${name}`).toBe(false)
        }
      },
    )
  },
)
