import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { compileConcepts, parseQuery } from './query'
import { editDistance, stem, termsOf, tokenize } from './text'

describe('how search reads text', () => {
  it('folds case and accents and keeps n+1 and c++ whole', () => {
    expect(termsOf('Crème BRÛLÉE: n+1 queries in C++')).toEqual([
      'creme',
      'brulee',
      'n+1',
      'query',
      'in',
      'c++',
    ])
  })

  it('stems plurals lightly, leaving words that only end in s', () => {
    expect(['workers', 'queries', 'indexes', 'redis', 'class', 'status', 'gas'].map(stem)).toEqual([
      'worker',
      'query',
      'index',
      'redis',
      'class',
      'status',
      'gas',
    ])
  })

  it('gives each word its place in the original text', () => {
    const text = 'Über Django-Redis'
    expect(tokenize(text).map(({ start, end }) => text.slice(start, end + 1))).toEqual([
      'Über',
      'Django',
      'Redis',
    ])
  })

  it('reads the same terms with places as without', () => {
    const letters = fc.constantFrom(...'abcdeéüñ ABC-+1.’s'.split(''))
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 40 }), (chars) => {
        const text = chars.join('')
        expect(tokenize(text).map((token) => token.term)).toEqual(termsOf(text))
      }),
    )
  })
})

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('redis', 'redis')).toBe(0)
    expect(editDistance('redsi', 'redis')).toBe(1)
    expect(editDistance('rdis', 'redis')).toBe(1)
    expect(editDistance('rediss', 'redis')).toBe(1)
    expect(editDistance('celary', 'celery')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  it('gives up above the limit without getting the distances within it wrong', () => {
    const word = fc.stringMatching(/^[abc]{0,7}$/)
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const exact = editDistance(a, b)
        const bounded = editDistance(a, b, limit)
        if (exact <= limit) expect(bounded).toBe(exact)
        else expect(bounded).toBeGreaterThan(limit)
      }),
    )
  })
})

describe('parseQuery', () => {
  const words = (query: string) => parseQuery(query).units.map((unit) => unit.text)

  it('drops stop words and question words unless nothing else is left', () => {
    expect(words('how to scale the database')).toEqual(['scale', 'database'])
    expect(words('what should I use for my django site')).toEqual([
      'what',
      'should',
      'i',
      'use',
      'for',
      'my',
      'django',
      'site',
    ])
    expect(words('how to')).toEqual(['how', 'to'])
  })

  it('keeps quoted phrases, and reads an open quote as words', () => {
    expect(parseQuery('"read replica" routing')).toMatchObject({
      phrases: [['read', 'replica']],
      typed: ['read', 'replica', 'routing'],
    })
    expect(words('"read replica" routing')).toEqual(['read', 'replica', 'routing'])
    expect(parseQuery('"read replica').phrases).toEqual([])
  })

  it('reads a phrase of the concept table as one requirement, the longest phrase first', () => {
    const concepts = compileConcepts([
      { words: ['memory'], means: ['ram'] },
      { words: ['out of memory'], means: ['leak', 'memory'] },
    ])
    expect(parseQuery('workers out of memory', concepts).units).toEqual([
      { text: 'worker', words: ['worker'], means: [] },
      { text: 'out of memory', words: [], means: ['leak', 'memory'] },
    ])
  })
})
