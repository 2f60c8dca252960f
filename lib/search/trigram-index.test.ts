import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { findCandidates, indexWord, trigramsOf, type TrigramIndex } from './trigram-index'

/** What findCandidates must answer, worked out the slow way: every word compared with the query word. */
function bruteForce(words: string[], query: string, minShare: number) {
  const wanted = trigramsOf(query)
  const needed = Math.max(1, Math.ceil(wanted.size * minShare))
  return words
    .map((word, id) => {
      const shared = [...trigramsOf(word)].filter((gram) => wanted.has(gram)).length
      return { id, shared, share: shared / wanted.size }
    })
    .filter(({ shared }) => shared >= needed)
    .map(({ id, share }) => ({ id, share }))
    .sort((a, b) => b.share - a.share || a.id - b.id)
}

// Few letters, so that words share trigrams often.
const word = fc.stringMatching(/^[abcde]{1,6}$/)

describe('the trigram index', () => {
  it('finds exactly the candidates a brute-force comparison finds, with the same shares', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 30 }),
        word,
        fc.constantFrom(0.3, 0.4, 1),
        (words, query, minShare) => {
          const index: TrigramIndex = new Map()
          words.forEach((value, id) => indexWord(index, id, value))
          expect(findCandidates(index, query, minShare)).toEqual(bruteForce(words, query, minShare))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps a misspelt word close to the word it means', () => {
    const index: TrigramIndex = new Map()
    ;['pgbouncer', 'postgres', 'bouncer'].forEach((value, id) => indexWord(index, id, value))
    expect(findCandidates(index, 'pgbouncr', 0.5)[0]).toEqual({ id: 0, share: 6 / 8 })
  })
})
