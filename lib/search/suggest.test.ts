import { describe, expect, it } from 'vitest'

import { createSearchEngine } from './engine'
import type { SearchDoc } from './search-doc'
import { didYouMean, waysOut } from './suggest'
import { testDoc } from './search-doc.test-support'
import { EMPTY_STATE, type DirectoryState } from './url-state'

/** A tiny catalogue and an engine that matches whole words only, so what matches is plain to see. */
const doc = (slug: string, fields: Partial<SearchDoc>): SearchDoc =>
  testDoc({
    slug,
    title: slug,
    topics: ['caching'],
    topicTitles: ['Caching'],
    added: '2024-01-22',
    ...fields,
  })

const DOCS = [
  doc('redis', { title: 'Caching with Redis', type: 'article' }),
  doc('redis-talk', { title: 'Redis at scale', type: 'video', topics: ['caching', 'case-studies'] }),
  doc('celery', { title: 'Celery in production', topics: ['async-tasks'], topicTitles: ['Async tasks'] }),
  doc('book', {
    title: 'High Performance Django',
    type: 'book',
    access: 'paid',
    authors: ['Peter Baumgartner'],
  }),
]

const engine = createSearchEngine(DOCS)

const state = (
  change: Omit<Partial<DirectoryState>, 'filters'> & { filters?: Partial<DirectoryState['filters']> },
): DirectoryState => ({
  ...EMPTY_STATE,
  ...change,
  filters: { ...EMPTY_STATE.filters, ...change.filters },
})

describe('did you mean', () => {
  it('offers catalogue words one edit beyond what search accepts, for a word no entry mentions', () => {
    // "rdsi" is four letters: search allows one typo; "redis" is two away.
    expect(engine.find('rdsi').hits).toEqual([])
    expect(didYouMean(engine, 'rdsi')).toEqual([{ word: 'rdsi', replacement: 'redis' }])
  })

  it('never offers a word for one that search already matched, typo or not', () => {
    expect(didYouMean(engine, 'redis')).toEqual([])
    expect(engine.find('redsi').hits.length).toBeGreaterThan(0)
    expect(didYouMean(engine, 'redsi')).toEqual([])
  })

  it('only corrects the words that match nothing, from the words search matches', () => {
    expect(didYouMean(engine, 'caching rdsi')).toEqual([{ word: 'rdsi', replacement: 'redis' }])
    expect(didYouMean(engine, 'baumgartnxxx')).toEqual([{ word: 'baumgartnxxx', replacement: 'baumgartner' }])
  })

  it('offers nothing for gibberish', () => {
    expect(didYouMean(engine, 'zzqxjvwk')).toEqual([])
  })
})

describe('ways out of an empty result', () => {
  it('drops one filter at a time and says how many results each gives', () => {
    const ways = waysOut(engine, state({ q: 'redis', filters: { type: ['book'], access: ['free'] } }))
    const dropType = ways.find((way) => way.kind === 'drop-filter' && way.facet === 'type')
    expect(dropType).toMatchObject({ values: ['book'], count: 2 })
    expect(dropType?.state.filters).toEqual({ ...EMPTY_STATE.filters, access: ['free'] })
    expect(dropType?.state.q).toBe('redis')
    // Dropping the access filter leaves "redis" books: none, so it is not offered.
    expect(ways.some((way) => way.kind === 'drop-filter' && way.facet === 'access')).toBe(false)
  })

  it('offers the query without its filters, and the whole site from a scoped page', () => {
    const onTopic = waysOut(engine, state({ q: 'celery' }), { topic: 'caching' })
    expect(onTopic).toEqual([
      { kind: 'leave-scope', facet: 'topic', state: state({ q: 'celery' }), count: 1 },
    ])
    const filtered = waysOut(engine, state({ q: 'celery', filters: { type: ['video'] } }))
    expect(filtered.find((way) => way.kind === 'drop-query')).toMatchObject({ count: 1 })
  })

  it('keeps the rest of the state in a correction and offers only corrections that give results', () => {
    const ways = waysOut(engine, state({ q: 'rdsi', filters: { type: ['video'] }, sort: 'title' }))
    const corrected = ways.find((way) => way.kind === 'did-you-mean')
    expect(corrected?.state).toEqual(state({ q: 'redis', filters: { type: ['video'] }, sort: 'title' }))
    expect(corrected?.count).toBe(1)
    // "celery rdsi" would become "celery redis", which matches nothing: not offered.
    expect(waysOut(engine, state({ q: 'celery rdsi' })).filter((way) => way.kind === 'did-you-mean')).toEqual(
      [],
    )
  })

  it('offers nothing when no way gives results', () => {
    expect(waysOut(engine, state({ q: 'zzqxjvwk' }))).toEqual([])
  })
})
