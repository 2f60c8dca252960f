import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parseQuery } from './query'
import { stem, termsOf, tokenize } from './text'

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

describe('parseQuery', () => {
  it('drops stop words unless nothing else is left', () => {
    expect(parseQuery('how to scale the database').words).toEqual(['scale', 'database'])
    expect(parseQuery('how to').words).toEqual(['how', 'to'])
  })

  it('keeps quoted phrases, and reads an open quote as words', () => {
    expect(parseQuery('"read replica" routing')).toEqual({
      words: ['read', 'replica', 'routing'],
      phrases: [['read', 'replica']],
    })
    expect(parseQuery('"read replica').phrases).toEqual([])
  })
})
