import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { createTrigramIndex, findCandidates, indexText, normalize, trigramsOf } from './trigram-index'

/** What findCandidates must answer, worked out the slow way: every text compared with the query. */
function bruteForce(texts: string[], query: string, minShare: number) {
  const normalized = normalize(query)
  if (!normalized) return []
  if (normalized.replace(/ /g, '').length < 3) {
    return texts
      .map((text, id) => ({ id, at: ` ${normalize(text)}`.indexOf(` ${normalized}`) }))
      .filter(({ at }) => at !== -1)
      .map(({ id, at }) => ({ id, score: 1 / (1 + at / 100) }))
      .sort((a, b) => b.score - a.score || a.id - b.id)
  }
  const wanted = trigramsOf(normalized)
  const needed = Math.max(1, Math.ceil(wanted.size * minShare))
  return texts
    .map((text, id) => {
      const own = trigramsOf(normalize(text))
      const shared = [...wanted].filter((gram) => own.has(gram)).length
      return { id, shared, score: shared / wanted.size }
    })
    .filter(({ shared }) => shared >= needed)
    .map(({ id, score }) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id - b.id)
}

// Few letters, so that texts and queries share trigrams often.
const word = fc.stringMatching(/^[abcde]{1,6}$/)
const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '))

describe('the trigram index', () => {
  it('finds exactly the candidates a brute-force comparison finds, with the same scores', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 30 }),
        text,
        fc.constantFrom(0.3, 0.4, 1),
        (texts, query, minShare) => {
          const index = createTrigramIndex()
          texts.forEach((value, id) => indexText(index, id, value))
          expect(findCandidates(index, query, minShare)).toEqual(bruteForce(texts, query, minShare))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('gives the same candidates when a text is indexed in two parts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 20 }), text, (pairs, query) => {
        const once = createTrigramIndex()
        const twice = createTrigramIndex()
        pairs.forEach(([first, second], id) => {
          indexText(once, id, `${first} ${second}`)
          indexText(twice, id, first)
        })
        pairs.forEach(([, second], id) => indexText(twice, id, second))
        const ids = (index: typeof once) => findCandidates(index, query).map((found) => found.id)
        expect(ids(twice).toSorted((a, b) => a - b)).toEqual(ids(once).toSorted((a, b) => a - b))
      }),
      { numRuns: 200 },
    )
  })
})
