import { describe, expect, it } from 'vitest'

import { readContent } from '../content/content-files'
import { readSearchConcepts } from '../../lib/site-settings'
import { readCatalogueDocs } from './catalogue-docs'
import { ENGINES } from './engines'
import { EVALUATION_SET, parseEvaluationSet, QUERY_KINDS, unknownAnswers } from './evaluation-set'
import { scoreQuery } from './metrics'
import { REGRESSION_QUERIES } from './regression'

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

describe('regression queries, our engine', () => {
  const ours = ENGINES.find((engine) => engine.name === 'ours')!
  const search = ours.create(docs, readSearchConcepts('content'), {})

  it.each(REGRESSION_QUERIES.map((query) => [query.query, query] as const))(
    '"%s" keeps an answer in the first three, or answers nothing when there is nothing to answer',
    (_, query) => {
      const answer = search.find(query.query)
      if (query.kind === 'unanswerable') expect(answer.answered, answer.ranked.join(', ')).toBe(false)
      else {
        const outcome = scoreQuery(query, answer)
        expect(outcome.success, `first three: ${outcome.top.join(', ') || 'nothing'}`).toBe(true)
      }
    },
  )
})
