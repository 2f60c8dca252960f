import { describe, expect, it } from 'vitest'

import { runSearch, type SearchDoc } from './model'
import { createSearchEngine, EXACT_SEARCH_LIMIT } from './engine'
import { getSearchDocs } from '../content/search-data'
import { decodeSearchIndex, encodeSearchDescriptions, encodeSearchIndex, withDescriptions } from './payload'
import { EMPTY_STATE } from './url-state'

const real = getSearchDocs()

/** The real catalogue hidden among thousands of look-alike entries, to exercise the large-catalogue path. */
function largeCatalogue(size: number): SearchDoc[] {
  const words = [
    'django',
    'scaling',
    'postgres',
    'queue',
    'worker',
    'cache',
    'replica',
    'profiling',
    'orm',
    'async',
  ]
  const filler = Array.from({ length: size - real.length }, (_, index): SearchDoc => {
    const title = `${words[index % words.length]} ${words[(index * 7) % words.length]} notes ${index}`
    return {
      ...real[index % real.length]!,
      slug: `filler-${index}`,
      permalink: `/entries/filler-${index}/`,
      url: `https://example.org/filler-${index}`,
      title,
      description: `Notes on ${title} for teams running Django in production.`,
      authors: [],
    }
  })
  return [...filler, ...real]
}

describe('the search engine on a large catalogue', () => {
  const docs = largeCatalogue(EXACT_SEARCH_LIMIT * 3)
  const engine = createSearchEngine(docs)
  const titles = (q: string) => engine.find(q).map((hit) => hit.doc.title)

  it('still finds misspellings first', () => {
    expect(titles('cashback')[0]).toBe('Django Cacheback')
    expect(titles('pgbouncr')[0]).toBe('A Guide to Using pgBouncer for PostgreSQL')
    const instagram = titles('instagarm')
    expect(instagram).toContain('Django @Instagram - Carl Meyer | Django Chat')
    expect(instagram).toContain('Carl Meyer about Django @ Instagram at Django: Under The Hood 2016')
  })

  it('counts every match of a common word, not only the ones it scored', () => {
    const django = engine.find('django')
    expect(django.length).toBeGreaterThan(docs.length / 2)
    expect(new Set(django.map((hit) => hit.doc.slug)).size).toBe(django.length)
  })

  it('answers one- and two-letter queries by word prefix', () => {
    const hits = engine.find('pg')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.some((hit) => hit.doc.title.includes('pgBouncer'))).toBe(true)
  })

  it('answers a keystroke in a few milliseconds', () => {
    const queries = ['c', 'ca', 'cac', 'cach', 'cache', 'cacheb', 'django', 'pgbouncr', 'redis celery']
    for (const q of queries) engine.find(q) // warm up
    const started = performance.now()
    for (const q of queries) runSearch(engine, { ...EMPTY_STATE, q })
    const perQuery = (performance.now() - started) / queries.length
    // Generous for a loaded CI machine; the figures that matter come from `npm run bench`.
    expect(perQuery).toBeLessThan(50)
  })
})

describe('the search payload', () => {
  it('decodes to the same documents it was made from', () => {
    const topics = [
      ...new Map(real.flatMap((doc) => doc.topics.map((slug, i) => [slug, doc.topicTitles[i]!]))).entries(),
    ].map(([slug, title]) => ({ slug, title }))
    const index = JSON.parse(JSON.stringify(encodeSearchIndex(real, topics)))
    const descriptions = JSON.parse(JSON.stringify(encodeSearchDescriptions(real)))
    const decoded = decodeSearchIndex(index)
    expect(decoded.map((doc) => doc.description).every((text) => text === '')).toBe(true)
    expect(withDescriptions(decoded, descriptions)).toEqual(real)
  })
})
