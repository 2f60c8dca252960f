import { describe, expect, it } from 'vitest'

import type { Hit, QueryMatcher, SearchDoc } from './model'
import { didYouMean, editDistance, waysOut } from './suggest'
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

function wordEngine(docs: SearchDoc[]): QueryMatcher & { asked: string[] } {
  const asked: string[] = []
  const text = (d: SearchDoc) => [d.title, d.host, ...d.authors, ...d.topicTitles].join(' ').toLowerCase()
  return {
    docs,
    asked,
    find(query: string): Hit[] {
      asked.push(query)
      const words = query.toLowerCase().split(' ')
      return docs
        .map((d, id) => ({ id, doc: d, score: 0, matches: {} }))
        .filter(({ doc }) => words.every((word) => text(doc).split(/\W+/).includes(word)))
    },
  }
}

const state = (
  change: Omit<Partial<DirectoryState>, 'filters'> & { filters?: Partial<DirectoryState['filters']> },
): DirectoryState => ({
  ...EMPTY_STATE,
  ...change,
  filters: { ...EMPTY_STATE.filters, ...change.filters },
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
})

describe('did you mean', () => {
  it('offers close catalogue words for a query word that matches nothing, never the word itself', () => {
    const engine = wordEngine(DOCS)
    expect(didYouMean(engine, 'redsi')).toEqual([{ word: 'redsi', replacement: 'redis' }])
    expect(didYouMean(engine, 'redis')).toEqual([])
  })

  it('only corrects the words that match nothing on their own, from titles, topics, hosts and authors', () => {
    const engine = wordEngine(DOCS)
    expect(didYouMean(engine, 'caching redsi')).toEqual([{ word: 'redsi', replacement: 'redis' }])
    expect(didYouMean(engine, 'baumgartnr')).toEqual([{ word: 'baumgartnr', replacement: 'baumgartner' }])
    expect(didYouMean(engine, 'exampel.org')).toEqual([{ word: 'exampel.org', replacement: 'example.org' }])
    expect(engine.asked).toContain('caching')
  })

  it('offers nothing for gibberish, and allows one edit only in short words', () => {
    const engine = wordEngine(DOCS)
    expect(didYouMean(engine, 'zzqxjvwk')).toEqual([])
    expect(didYouMean(engine, 'rds')).toEqual([])
  })
})

describe('ways out of an empty result', () => {
  it('drops one filter at a time and says how many results each gives', () => {
    const engine = wordEngine(DOCS)
    const ways = waysOut(engine, state({ q: 'redis', filters: { type: ['book'], access: ['free'] } }))
    const dropType = ways.find((way) => way.kind === 'drop-filter' && way.facet === 'type')
    expect(dropType).toMatchObject({ values: ['book'], count: 2 })
    expect(dropType?.state.filters).toEqual({ ...EMPTY_STATE.filters, access: ['free'] })
    expect(dropType?.state.q).toBe('redis')
    // Dropping the access filter leaves "redis" books: none, so it is not offered.
    expect(ways.some((way) => way.kind === 'drop-filter' && way.facet === 'access')).toBe(false)
  })

  it('offers the query without its filters, and the whole site from a scoped page', () => {
    const engine = wordEngine(DOCS)
    const onTopic = waysOut(engine, state({ q: 'celery' }), { topic: 'caching' })
    expect(onTopic).toEqual([
      { kind: 'leave-scope', facet: 'topic', state: state({ q: 'celery' }), count: 1 },
    ])
    const filtered = waysOut(engine, state({ q: 'celery', filters: { type: ['video'] } }))
    expect(filtered.find((way) => way.kind === 'drop-query')).toMatchObject({ count: 1 })
  })

  it('keeps the rest of the state in a correction and offers only corrections that give results', () => {
    const engine = wordEngine(DOCS)
    const ways = waysOut(engine, state({ q: 'redsi', filters: { type: ['video'] }, sort: 'title' }))
    const corrected = ways.find((way) => way.kind === 'did-you-mean')
    expect(corrected?.state).toEqual(state({ q: 'redis', filters: { type: ['video'] }, sort: 'title' }))
    expect(corrected?.count).toBe(1)
    // "celery redsi" would become "celery redis", which matches nothing: not offered.
    expect(
      waysOut(engine, state({ q: 'celery redsi' })).filter((way) => way.kind === 'did-you-mean'),
    ).toEqual([])
  })

  it('offers nothing when no way gives results', () => {
    expect(waysOut(wordEngine(DOCS), state({ q: 'zzqxjvwk' }))).toEqual([])
  })
})
