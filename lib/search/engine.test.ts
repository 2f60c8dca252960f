import { describe, expect, it } from 'vitest'

import { decodeAndIndex, indexInSlices } from './corpus'
import { createSearchEngine, fieldTextsOf, indexAll } from './engine'
import type { Concept } from '../schema/search-concepts'
import type { SearchDoc } from './search-doc'
import { allowedTypos } from './text'
import { testDoc } from './search-doc.test-support'
import { createWordIndex } from './word-index'

const doc = testDoc

const answerFor = (docs: SearchDoc[], query: string, concepts: Concept[] = []) =>
  createSearchEngine(docs, concepts).find(query)
const slugsFor = (docs: SearchDoc[], query: string) => answerFor(docs, query).hits.map((hit) => hit.doc.slug)
const closeFor = (docs: SearchDoc[], query: string) => answerFor(docs, query).close.map((hit) => hit.doc.slug)

describe('a result matches every word of the query', () => {
  const docs = [
    doc({ slug: 'bulk-load', title: 'django-bulk-load', description: 'Insert many rows with COPY.' }),
    doc({ slug: 'bulk-only', title: 'Bulk updates', description: 'Update rows in one query.' }),
    doc({ slug: 'insert-only', title: 'Faster inserts', description: 'Tuning Postgres writes.' }),
    doc({ slug: 'unrelated', title: 'Caching views', description: 'Cache whole pages.' }),
  ]

  it('finds words that sit in different fields, and only entries holding all of them', () => {
    expect(slugsFor(docs, 'bulk insert')).toEqual(['bulk-load'])
  })

  it('names a word no entry mentions instead of dropping it, and shows the rest only as close matches', () => {
    const answer = answerFor(docs, 'bulk zzqxjv')
    expect(answer.hits).toEqual([])
    expect(answer.missing).toEqual(['zzqxjv'])
    expect(answer.close.map((hit) => hit.doc.slug).toSorted()).toEqual(['bulk-load', 'bulk-only'])
  })

  it('offers entries matching some of the words as close matches when none matches all', () => {
    expect(slugsFor(docs, 'caching rows')).toEqual([])
    const close = closeFor(docs, 'caching rows')
    expect(close[0]).toBe('unrelated') // its word is in the title
    expect(close.toSorted()).toEqual(['bulk-load', 'bulk-only', 'unrelated'])
    expect(answerFor(docs, 'caching rows').missing).toEqual([])
  })

  it('finds nothing, and names every word, when no word matches', () => {
    expect(answerFor(docs, 'zzqxjv qqwyz')).toEqual({ hits: [], close: [], missing: ['zzqxjv', 'qqwyz'] })
  })

  it('forgives a typo in a word without losing the other', () => {
    expect(slugsFor(docs, 'bulk insret')).toEqual(['bulk-load'])
  })

  it('leaves out stop words and the words of a question while other words remain', () => {
    expect(slugsFor(docs, 'how do I cache my site')).toEqual(['unrelated'])
    expect(slugsFor(docs, 'what should I use to bulk load')).toEqual(['bulk-load'])
  })
})

describe('the typo rule', () => {
  it('allows no typo below four letters, one from four and two from eight', () => {
    expect([3, 4, 7, 8, 12].map((length) => allowedTypos('x'.repeat(length)))).toEqual([0, 1, 1, 2, 2])
  })

  it('matches a misspelling within the rule and nothing further', () => {
    const docs = [doc({ slug: 'cacheback', title: 'Cacheback' }), doc({ slug: 'celery', title: 'Celery' })]
    expect(slugsFor(docs, 'cashback')).toEqual(['cacheback']) // two edits, eight letters
    expect(slugsFor(docs, 'celary')).toEqual(['celery']) // one edit, six letters
    expect(slugsFor(docs, 'xelary')).toEqual([]) // two edits, six letters
  })

  it('finds a swap in a short word and two edits in a long one, whose trigrams barely overlap', () => {
    const docs = [doc({ slug: 'boost', title: 'Boost' }), doc({ slug: 'auto', title: 'Automating tests' })]
    expect(slugsFor(docs, 'bosot')).toEqual(['boost'])
    expect(slugsFor(docs, 'atuomtaing')).toEqual(['auto'])
  })

  it('never reads a word of the catalogue as a misspelling of another', () => {
    const docs = [
      doc({ slug: 'book', title: 'High Performance Django', description: 'Tips for every layer.' }),
      doc({ slug: 'queue', title: 'Celery' }),
    ]
    expect(slugsFor(docs, 'celery')).toEqual(['queue'])
    expect(slugsFor(docs, 'every')).toEqual(['book'])
  })

  it('takes a word that starts a catalogue word as typed, without typos', () => {
    const docs = [doc({ slug: 'cache', title: 'Cacheops' }), doc({ slug: 'match', title: 'Matches' })]
    expect(slugsFor(docs, 'cach')).toEqual(['cache'])
  })

  it('offers as near misses only words one edit further than search accepts', () => {
    const engine = createSearchEngine([doc({ title: 'Redis and Celery' })])
    expect(engine.find('redsi').hits).toHaveLength(1)
    expect(engine.nearMisses('redsi')).toEqual([])
    expect(engine.find('rdsi').hits).toHaveLength(0) // two edits from "redis", four letters allow one
    expect(engine.nearMisses('rdsi')).toEqual(['redis'])
  })
})

describe('the concept table', () => {
  const docs = [
    doc({ slug: 'leaks', title: 'Working around memory leaks' }),
    doc({ slug: 'herd', title: 'Thundering herd at peak' }),
  ]
  const concepts = [{ words: ['out of memory', 'oom'], means: ['memory', 'leak'] }]

  it("lets a phrase in the reader's words find the entries written in the catalogue's", () => {
    expect(answerFor(docs, 'workers running out of memory', concepts).hits).toEqual([])
    expect(answerFor(docs, 'out of memory', concepts).hits.map((hit) => hit.doc.slug)).toEqual(['leaks'])
    expect(answerFor(docs, 'oom', concepts).hits.map((hit) => hit.doc.slug)).toEqual(['leaks'])
    expect(answerFor(docs, 'oom', []).missing).toEqual(['oom'])
  })
})

describe('ranking', () => {
  it('ranks a word in the title or keywords above the same word in the description', () => {
    const docs = [
      doc({ slug: 'in-description', title: 'Tuning', description: 'All about gunicorn here.' }),
      doc({ slug: 'in-keywords', title: 'Server notes', keywords: ['gunicorn'] }),
      doc({ slug: 'in-title', title: 'Gunicorn' }),
    ]
    const ranked = slugsFor(docs, 'gunicorn')
    expect(ranked.at(-1)).toBe('in-description')
    expect(ranked.slice(0, 2).toSorted()).toEqual(['in-keywords', 'in-title'])
  })

  it('ranks an exact match above a match of the start of a longer word', () => {
    const docs = [doc({ slug: 'prefix', title: 'Cacheback' }), doc({ slug: 'exact', title: 'Cache' })]
    expect(slugsFor(docs, 'cache')).toEqual(['exact', 'prefix'])
  })

  it('ranks an entry holding the rarer word in its title above one holding the commoner there', () => {
    const common = Array.from({ length: 8 }, (_, i) => doc({ slug: `common-${i}`, title: 'Postgres notes' }))
    const docs = [
      ...common,
      doc({ slug: 'notes-in-title', title: 'Notes', description: 'On sharding.' }),
      doc({ slug: 'sharding-in-title', title: 'Sharding', description: 'Notes.' }),
    ]
    expect(slugsFor(docs, 'notes sharding')).toEqual(['sharding-in-title', 'notes-in-title'])
  })

  it('puts a title that holds the query word for word above an equal match spread over fields', () => {
    const docs = [
      doc({ slug: 'a-framework', title: 'Django cache framework', keywords: ['redis'] }),
      doc({ slug: 'b-package', title: 'django-redis' }),
    ]
    expect(slugsFor(docs, 'django-redis')).toEqual(['b-package', 'a-framework'])
  })

  it('does not look for typos in words of three letters or fewer', () => {
    const docs = [doc({ slug: 'orm', title: 'ORM tips' }), doc({ slug: 'arm', title: 'ARM servers' })]
    expect(slugsFor(docs, 'orm')).toEqual(['orm'])
  })

  it('matches a short word as the start of a word', () => {
    const docs = [doc({ slug: 'pg', title: 'PgBouncer guide' }), doc({ slug: 'other', title: 'Upgrade' })]
    expect(slugsFor(docs, 'p')).toEqual(['pg'])
    expect(slugsFor(docs, 'pg')).toEqual(['pg'])
  })
})

describe('quoted phrases', () => {
  const docs = [
    doc({ slug: 'phrase', title: 'Scaling with a read replica' }),
    doc({ slug: 'apart', title: 'Read this before you add a replica' }),
  ]

  it('match only where the words stand together', () => {
    expect(slugsFor(docs, '"read replica"')).toEqual(['phrase'])
  })

  it('read as plain words while the quote is still open', () => {
    expect(slugsFor(docs, '"read replica').toSorted()).toEqual(['apart', 'phrase'])
  })
})

describe('highlighting', () => {
  it('marks every matched word in the title, the description and the authors', () => {
    const entry = doc({
      title: 'Gunicorn worker tuning',
      description: 'How many workers Gunicorn needs.',
      authors: ['Ada Lovelace'],
    })
    const [hit] = createSearchEngine([entry]).find('gunicorn workers lovelace').hits
    const marked = (text: string, ranges: [number, number][] = []) =>
      ranges.map(([start, end]) => text.slice(start, end + 1))
    expect(marked(entry.title, hit!.matches.title)).toEqual(['Gunicorn', 'worker'])
    expect(marked(entry.description, hit!.matches.description)).toEqual(['workers', 'Gunicorn'])
    expect(marked('Ada Lovelace', hit!.matches.authors)).toEqual(['Lovelace'])
  })

  it('marks a misspelt word where its intended word stands', () => {
    const entry = doc({ title: 'A Guide to Using pgBouncer' })
    const [hit] = createSearchEngine([entry]).find('pgbouncr').hits
    expect(hit!.matches.title).toEqual([[17, 25]])
  })
})

describe('the engine on a large catalogue', () => {
  const words = ['django', 'scaling', 'postgres', 'queue', 'worker', 'cache', 'replica', 'profiling']
  const docs = Array.from({ length: 3000 }, (_, i) =>
    doc({
      slug: `filler-${i}`,
      title: `${words[i % words.length]} ${words[(i * 7) % words.length]} notes ${i}`,
      description: `Notes for teams running ${words[(i * 3) % words.length]} in production.`,
    }),
  )
  const engine = createSearchEngine(docs)

  it('returns every entry that holds a word, each once', () => {
    const holding = docs.filter((d) => `${d.title} ${d.description}`.toLowerCase().includes('replica'))
    const found = engine.find('replica').hits
    expect(new Set(found.map((hit) => hit.doc.slug))).toEqual(new Set(holding.map((d) => d.slug)))
    expect(found).toHaveLength(holding.length)
  })

  it('remembers an answer: the same query twice gives the very same list', () => {
    const first = engine.find('postgres worker')
    expect(engine.find('postgres worker')).toBe(first)
    expect(engine.find('  Postgres worker ')).toBe(first)
  })

  it('gives the same answers when descriptions are indexed in a second pass', async () => {
    const twoPasses = createWordIndex()
    await indexInSlices(twoPasses, docs, 'core')
    await indexInSlices(twoPasses, docs, 'description')
    const inTwo = createSearchEngine(docs, [], twoPasses)
    const inOne = createSearchEngine(docs, [], indexAll(docs))
    for (const query of ['production', 'cache notes', 'replca', 'django profiling 12', 'q']) {
      const ids = (found: ReturnType<typeof inOne.find>) =>
        new Set([...found.hits, ...found.close].map((hit) => hit.doc.slug))
      expect(ids(inTwo.find(query)), query).toEqual(ids(inOne.find(query)))
    }
  })

  it('decodes and indexes slice by slice into the same documents and answers', async () => {
    const withoutDescriptions = docs.map((d) => ({ ...d, description: '' }))
    const sliced = createWordIndex()
    const decoded = await decodeAndIndex(sliced, docs.length, (from, to) =>
      withoutDescriptions.slice(from, to),
    )
    expect(decoded).toEqual(withoutDescriptions)
    const inSlices = createSearchEngine(decoded, [], sliced)
    const whole = createSearchEngine(withoutDescriptions, [], indexAll(withoutDescriptions))
    for (const query of ['cache notes', 'replca', 'q']) {
      const slugs = (found: ReturnType<typeof whole.find>) =>
        [...found.hits, ...found.close].map((hit) => hit.doc.slug)
      expect(slugs(inSlices.find(query)), query).toEqual(slugs(whole.find(query)))
    }
  })

  it('reads the fields a document shows, and only the description in the second pass', () => {
    const entry = docs[0]!
    expect(fieldTextsOf(entry, 'description')).toEqual({ description: entry.description })
    expect(fieldTextsOf(entry, 'core').description).toBeUndefined()
    expect(fieldTextsOf(entry).title).toBe(entry.title)
  })
})
