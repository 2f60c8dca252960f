import { describe, expect, it } from 'vitest'

import { scoreQuery, summarise, summariseByKind } from './metrics'

const query = (answers: string[], kind = 'single-word') => ({ query: 'q', kind, answers })
const shown = (ranked: string[], answered = ranked.length > 0) => ({ ranked, answered })

describe('scoreQuery', () => {
  it('counts an answer in first place as a success with reciprocal rank 1', () => {
    const outcome = scoreQuery(query(['a']), shown(['a', 'b', 'c', 'd']))
    expect(outcome).toMatchObject({ firstAnswerRank: 1, success: true, reciprocalRank: 1, resultCount: 4 })
    expect(outcome.top).toEqual(['a', 'b', 'c'])
  })

  it('uses the first of several answers found', () => {
    const outcome = scoreQuery(query(['d', 'c']), shown(['a', 'b', 'c', 'd']))
    expect(outcome).toMatchObject({ firstAnswerRank: 3, success: true })
    expect(outcome.reciprocalRank).toBeCloseTo(1 / 3)
  })

  it('fails Success@3 at the fourth place but still counts it for MRR', () => {
    const outcome = scoreQuery(query(['d']), shown(['a', 'b', 'c', 'd']))
    expect(outcome).toMatchObject({ firstAnswerRank: 4, success: false, reciprocalRank: 0.25 })
  })

  it('gives no reciprocal rank to an answer beyond the tenth place', () => {
    const ranked = Array.from({ length: 11 }, (_, i) => `s${i + 1}`)
    expect(scoreQuery(query(['s10']), shown(ranked)).reciprocalRank).toBeCloseTo(0.1)
    expect(scoreQuery(query(['s11']), shown(ranked))).toMatchObject({
      firstAnswerRank: 11,
      reciprocalRank: 0,
    })
  })

  it('reports no rank when nothing is returned', () => {
    expect(scoreQuery(query(['a']), shown([]))).toMatchObject({
      firstAnswerRank: null,
      success: false,
      reciprocalRank: 0,
      resultCount: 0,
      top: [],
    })
  })
})

describe('summarise', () => {
  it('averages success, reciprocal rank and empty results over the queries', () => {
    // ranks 1, 2, 5, none (with results), none (empty): success 2/5, MRR (1 + 1/2 + 1/5) / 5 = 0.34
    const outcomes = [
      scoreQuery(query(['a']), shown(['a', 'x'])),
      scoreQuery(query(['a']), shown(['x', 'a'])),
      scoreQuery(query(['a']), shown(['w', 'x', 'y', 'z', 'a'])),
      scoreQuery(query(['a']), shown(['x'])),
      scoreQuery(query(['a']), shown([])),
    ]
    const summary = summarise(outcomes)
    expect(summary.queries).toBe(5)
    expect(summary.successAt3).toBeCloseTo(0.4)
    expect(summary.mrrAt10).toBeCloseTo(0.34)
    expect(summary.noResultShare).toBeCloseTo(0.2)
  })

  it('gives zeros, not NaN, for no queries', () => {
    expect(summarise([])).toEqual({
      queries: 0,
      successAt3: 0,
      mrrAt10: 0,
      noResultShare: 0,
      unanswerable: 0,
      declinedShare: 0,
    })
  })

  it('splits the figures by kind, in the order the kinds are given', () => {
    const outcomes = [
      scoreQuery(query(['a'], 'typo'), shown(['a'])),
      scoreQuery(query(['a'], 'author'), shown([])),
      scoreQuery(query(['a'], 'typo'), shown(['x', 'x', 'x', 'a'])),
    ]
    const byKind = summariseByKind(outcomes, ['author', 'typo'])
    expect(byKind.map(({ kind }) => kind)).toEqual(['author', 'typo'])
    expect(byKind[0]?.summary).toMatchObject({ queries: 1, successAt3: 0, mrrAt10: 0, noResultShare: 1 })
    expect(byKind[1]?.summary).toMatchObject({
      queries: 2,
      successAt3: 0.5,
      mrrAt10: 0.625,
      noResultShare: 0,
    })
  })

  it('counts a query with nothing to answer as declined when the engine shows nothing or only close matches', () => {
    const outcomes = [
      scoreQuery(query([], 'unanswerable'), shown([])),
      scoreQuery(query([], 'unanswerable'), shown(['a', 'b'], false)),
      scoreQuery(query([], 'unanswerable'), shown(['a'], true)),
      scoreQuery(query(['a']), shown(['a'])),
    ]
    expect(summarise(outcomes)).toMatchObject({ queries: 1, successAt3: 1, unanswerable: 3 })
    expect(summarise(outcomes).declinedShare).toBeCloseTo(2 / 3)
  })
})
