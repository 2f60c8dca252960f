import { describe, expect, it } from 'vitest'

import { EMPTY_STATE, MAX_QUERY_LENGTH, parseState, serializeState, type DirectoryState } from './url-state'

const TOPICS = { topic: ['caching', 'database-orm', 'case-studies'] }
const filters = (change: Partial<DirectoryState['filters']>) => ({ ...EMPTY_STATE.filters, ...change })

describe('URL state', () => {
  it('parses the documented example', () => {
    expect(parseState('?q=cache&topic=caching&type=repository', TOPICS)).toEqual({
      q: 'cache',
      filters: filters({ topic: ['caching'], type: ['repository'] }),
      sort: null,
    })
  })

  it('round-trips through serialize and parse', () => {
    const states: DirectoryState[] = [
      EMPTY_STATE,
      {
        q: 'django cache',
        filters: filters({
          topic: ['caching', 'database-orm'],
          type: ['video', 'article'],
          access: ['paid'],
        }),
        sort: 'title',
      },
      { q: 'a&b=c?d#e', filters: filters({}), sort: null },
      { q: 'ünïcödé 日本 🚀', filters: filters({ topic: ['case-studies'], type: ['book'] }), sort: 'added' },
    ]
    for (const state of states) expect(parseState(serializeState(state), TOPICS)).toEqual(state)
  })

  it('writes nothing for the empty state and keeps commas readable', () => {
    expect(serializeState(EMPTY_STATE)).toBe('')
    expect(serializeState({ ...EMPTY_STATE, filters: filters({ topic: ['caching', 'database-orm'] }) })).toBe(
      '?topic=caching,database-orm',
    )
  })

  it('accepts repeated parameters as well as comma lists, without duplicates', () => {
    expect(parseState('topic=caching&topic=database-orm,caching', TOPICS).filters.topic).toEqual([
      'caching',
      'database-orm',
    ])
  })

  it('drops unknown keys and values and malformed input without throwing', () => {
    const garbage = [
      '?topic=nope&type=podcast&access=gratis&sort=random&utm_source=x',
      '?type=__proto__&topic=constructor',
      '?q=%E0%A4%A&topic=%00',
      '%%%%',
      '?q',
      '?=&&&=',
      '?sort=toString',
    ]
    for (const search of garbage) {
      const state = parseState(search, TOPICS)
      expect(state.filters).toEqual(EMPTY_STATE.filters)
      expect(state.sort).toBeNull()
    }
  })

  it('reads the access facet with its fixed values and writes facets in a stable order', () => {
    const state = parseState('?access=paid,nope&type=book&topic=caching', TOPICS)
    expect(state.filters).toEqual(filters({ topic: ['caching'], type: ['book'], access: ['paid'] }))
    expect(serializeState(state)).toBe('?topic=caching&type=book&access=paid')
  })

  it('reads the maintenance facet and the last-release sort, and writes them back', () => {
    const state = parseState('?maintenance=dormant,stale&sort=release', TOPICS)
    expect(state).toEqual({ q: '', filters: filters({ maintenance: ['dormant'] }), sort: 'release' })
    expect(serializeState(state)).toBe('?maintenance=dormant&sort=release')
  })

  it('reads the Django facet: the supported series it is given, nothing else, combined with the others', () => {
    const vocabulary = { ...TOPICS, django: ['5.2', '6.0', '6.1'] }
    const state = parseState('?django=6.1,4.2,<b>,6.1&django=5.2&topic=caching&q=pool', vocabulary)
    expect(state).toEqual({
      q: 'pool',
      filters: filters({ topic: ['caching'], django: ['6.1', '5.2'] }),
      sort: null,
    })
    expect(serializeState(state)).toBe('?q=pool&topic=caching&django=6.1,5.2')
    // A page given no series (a content folder without django-releases.json) accepts none.
    expect(parseState('?django=6.1', TOPICS).filters.django).toEqual([])
  })

  it('truncates very long queries', () => {
    const state = parseState(`?q=${'x'.repeat(100_000)}`, TOPICS)
    expect(state.q.length).toBe(MAX_QUERY_LENGTH)
  })
})
