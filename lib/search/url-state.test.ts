import { describe, expect, it } from 'vitest'

import { EMPTY_STATE, MAX_QUERY_LENGTH, parseState, serializeState, type DirectoryState } from './url-state'

const TOPICS = ['caching', 'database-orm', 'case-studies']

describe('URL state', () => {
  it('parses the documented example', () => {
    expect(parseState('?q=cache&topic=caching&type=repository', TOPICS)).toEqual({
      q: 'cache',
      topics: ['caching'],
      types: ['repository'],
      sort: null,
    })
  })

  it('round-trips through serialize and parse', () => {
    const states: DirectoryState[] = [
      EMPTY_STATE,
      { q: 'django cache', topics: ['caching', 'database-orm'], types: ['video', 'article'], sort: 'title' },
      { q: 'a&b=c?d#e', topics: [], types: [], sort: null },
      { q: 'ünïcödé 日本 🚀', topics: ['case-studies'], types: ['book'], sort: 'added' },
    ]
    for (const state of states) expect(parseState(serializeState(state), TOPICS)).toEqual(state)
  })

  it('writes nothing for the empty state and keeps commas readable', () => {
    expect(serializeState(EMPTY_STATE)).toBe('')
    expect(serializeState({ ...EMPTY_STATE, topics: ['caching', 'database-orm'] })).toBe(
      '?topic=caching,database-orm',
    )
  })

  it('accepts repeated parameters as well as comma lists, without duplicates', () => {
    expect(parseState('topic=caching&topic=database-orm,caching', TOPICS).topics).toEqual([
      'caching',
      'database-orm',
    ])
  })

  it('drops unknown keys and values and malformed input without throwing', () => {
    const garbage = [
      '?topic=nope&type=podcast&sort=random&utm_source=x',
      '?type=__proto__&topic=constructor',
      '?q=%E0%A4%A&topic=%00',
      '%%%%',
      '?q',
      '?=&&&=',
      '?sort=toString',
    ]
    for (const search of garbage) {
      const state = parseState(search, TOPICS)
      expect(state.topics).toEqual([])
      expect(state.types).toEqual([])
      expect(state.sort).toBeNull()
    }
  })

  it('truncates very long queries', () => {
    const state = parseState(`?q=${'x'.repeat(100_000)}`, TOPICS)
    expect(state.q.length).toBe(MAX_QUERY_LENGTH)
  })
})
