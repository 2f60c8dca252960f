import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { getListedTopics } from '../content/catalog'
import { ACCESS_LEVELS } from '../schema/entry-fields'
import { MEDIA_TYPES } from '../schema/media-types'
import { runSearch } from './model'
import { createSearchEngine } from './engine'
import { getSearchDocs } from '../content/search-data'
import { MAX_QUERY_LENGTH, parseState, serializeState, SORT_KEYS, type DirectoryState } from './url-state'

/**
 * Whatever lands in the address bar: thousands of random strings, each run through parsing,
 * serialising and a search of the real catalogue. Nothing may throw, and the state stays in bounds.
 */

const docs = getSearchDocs()
const engine = createSearchEngine(docs)
const knownTopics = getListedTopics().map((topic) => topic.slug)
const vocabulary = { topic: knownTopics }
const catalogue = new Set(docs.map((doc) => doc.slug))

const PIECES = [
  '?',
  '&',
  '=',
  '#',
  '%',
  '%00',
  '%E0%A4%A',
  '%ZZ',
  '%%',
  '+',
  ',',
  ' ',
  '\u0000',
  '\uD800',
  '\uFEFF',
  '\u202E',
  'q',
  'topic',
  'type',
  'sort',
  'access',
  'paid',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '(a+)+$',
  '.*',
  '[',
  '\\',
  '${',
  '{{7*7}}',
  '🚀',
  'ünï',
  '日本',
  ...knownTopics,
  ...MEDIA_TYPES,
  ...SORT_KEYS,
]
/** Query-string-shaped garbage: known keys and values mixed with metacharacters and broken encodings. */
const queryLike = fc
  .array(
    fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(''))
const anyInput = fc.oneof(
  queryLike,
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.string({ unit: 'binary' }).map((s) => `?q=${s}`),
  fc.string({ unit: 'binary' }).map((s) => `?q=${encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, ''))}`),
  fc.nat({ max: 300_000 }).map((size) => `?q=${'a'.repeat(size)}`),
  // Right at the length limit, where cutting can split an emoji or leave a trailing space.
  fc
    .tuple(
      fc.integer({ min: MAX_QUERY_LENGTH - 10, max: MAX_QUERY_LENGTH + 5 }),
      fc.array(fc.constantFrom(' ', '\t', '🚀', 'é', 'b', '+'), { maxLength: 8 }),
    )
    .map(([size, tail]) => `?q=${encodeURIComponent('a'.repeat(size) + tail.join(''))}`),
  fc.nat({ max: 5_000 }).map((size) => `?topic=${'caching,'.repeat(size)}&type=${'video,'.repeat(size)}`),
)

function expectWithinLimits(state: DirectoryState) {
  expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
  expect(state.q).toBe(state.q.trim())
  expect(state.q).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  const { topic, type, access } = state.filters
  expect(topic.every((value) => knownTopics.includes(value))).toBe(true)
  expect(type.every((value) => (MEDIA_TYPES as readonly string[]).includes(value))).toBe(true)
  expect(access.every((value) => (ACCESS_LEVELS as readonly string[]).includes(value))).toBe(true)
  for (const values of Object.values(state.filters)) expect(new Set(values).size).toBe(values.length)
  expect(state.sort === null || (SORT_KEYS as readonly string[]).includes(state.sort)).toBe(true)
}

describe('URL state and search under random input', () => {
  it('parses anything into a state within limits that round-trips through serialize', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const state = parseState(input, vocabulary)
        expectWithinLimits(state)
        expect(parseState(serializeState(state), vocabulary)).toEqual(state)
      }),
      { numRuns: 5_000 },
    )
  }, 30_000)

  it('searches the real catalogue for anything without throwing, returning only catalogue entries', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom(undefined, ...knownTopics), (input, topic) => {
        const state = parseState(input, vocabulary)
        const outcome = runSearch(engine, state, topic ? { topic } : {})
        expect(outcome.hits.length).toBeLessThanOrEqual(docs.length)
        expect(outcome.hits.every((hit) => catalogue.has(hit.doc.slug))).toBe(true)
        expect(new Set(outcome.hits.map((hit) => hit.doc.slug)).size).toBe(outcome.hits.length)
        for (const ofFacet of Object.values(outcome.counts)) {
          for (const count of Object.values(ofFacet)) expect(count).toBeLessThanOrEqual(docs.length)
        }
      }),
      { numRuns: 1_500 },
    )
  }, 30_000)
})
