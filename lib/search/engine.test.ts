import { describe, expect, it } from 'vitest'

import { decodeAndIndex, indexInSlices } from './corpus'
import { createSearchEngine, fieldTextsOf, indexAll } from './engine'
import type { SearchDoc } from './model'
import { testDoc } from './search-doc.test-support'
import { createWordIndex } from './word-index'

const doc = testDoc

const slugsFor = (docs: SearchDoc[], query: string) =>
  createSearchEngine(docs)
    .find(query)
    .map((hit) => hit.doc.slug)

describe('each word of the query counts on its own', () => {
  const docs = [
    doc({ slug: 'bulk-load', title: 'django-bulk-load', description: 'Insert many rows with COPY.' }),
    doc({ slug: 'bulk-only', title: 'Bulk updates', description: 'Update rows in one query.' }),
    doc({ slug: 'insert-only', title: 'Faster inserts', description: 'Tuning Postgres writes.' }),
    doc({ slug: 'unrelated', title: 'Caching views', description: 'Cache whole pages.' }),
  ]

  it('finds words that sit in different fields, the entry matching both first', () => {
    expect(slugsFor(docs, 'bulk insert')).toEqual(['bulk-load', 'bulk-only', 'insert-only'])
  })

  it('keeps the other words when one word matches nothing', () => {
    expect(slugsFor(docs, 'bulk zzqxjv')).toEqual(['bulk-load', 'bulk-only'])
  })

  it('finds nothing when no word matches', () => {
    expect(slugsFor(docs, 'zzqxjv qqwyz')).toEqual([])
  })

  it('forgives a typo in one word without losing the other', () => {
    expect(slugsFor(docs, 'blk insret')[0]).toBe('insert-only')
    expect(slugsFor(docs, 'bulk insret')[0]).toBe('bulk-load')
  })

  it('leaves out stop words while other words remain', () => {
    expect(slugsFor(docs, 'how to cache')).toEqual(['unrelated'])
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

  it('ranks exact above prefix above fuzzy matches', () => {
    const docs = [
      doc({ slug: 'fuzzy', title: 'Cachs everywhere' }),
      doc({ slug: 'prefix', title: 'Cacheback' }),
      doc({ slug: 'exact', title: 'Cache' }),
    ]
    expect(slugsFor(docs, 'cache')).toEqual(['exact', 'prefix', 'fuzzy'])
  })

  it('ranks an entry matching a rarer word above one matching a common word', () => {
    const common = Array.from({ length: 8 }, (_, i) => doc({ slug: `common-${i}`, title: 'Django notes' }))
    const docs = [...common, doc({ slug: 'rare', title: 'Sharding notes' })]
    const ranked = slugsFor(docs, 'django sharding')
    expect(ranked[0]).toBe('rare')
    expect(ranked).toHaveLength(9)
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
    const [hit] = createSearchEngine([entry]).find('gunicorn workers lovelace')
    const marked = (text: string, ranges: [number, number][] = []) =>
      ranges.map(([start, end]) => text.slice(start, end + 1))
    expect(marked(entry.title, hit!.matches.title)).toEqual(['Gunicorn', 'worker'])
    expect(marked(entry.description, hit!.matches.description)).toEqual(['workers', 'Gunicorn'])
    expect(marked('Ada Lovelace', hit!.matches.authors)).toEqual(['Lovelace'])
  })

  it('marks a misspelt word where its intended word stands', () => {
    const entry = doc({ title: 'A Guide to Using pgBouncer' })
    const [hit] = createSearchEngine([entry]).find('pgbouncr')
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
    const found = engine.find('replica')
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
    const inTwo = createSearchEngine(docs, twoPasses)
    const inOne = createSearchEngine(docs, indexAll(docs))
    for (const query of ['production', 'cache notes', 'replca', 'django profiling 12', 'q']) {
      const ids = (found: ReturnType<typeof inOne.find>) => new Set(found.map((hit) => hit.doc.slug))
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
    const inSlices = createSearchEngine(decoded, sliced)
    const whole = createSearchEngine(withoutDescriptions, indexAll(withoutDescriptions))
    for (const query of ['cache notes', 'replca', 'q']) {
      const slugs = (found: ReturnType<typeof whole.find>) => found.map((hit) => hit.doc.slug)
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
