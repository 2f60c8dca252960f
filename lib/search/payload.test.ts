import { describe, expect, it } from 'vitest'

import { WITHOUT_SIGNALS, type SearchDoc } from './search-doc'
import { decodeSearchIndex, encodeSearchDescriptions, encodeSearchIndex, withDescriptions } from './payload'

const base = {
  description: 'A description.',
  authors: ['Ada'],
  topics: ['caching'],
  topicTitles: ['Caching'],
  type: 'repository',
  typeLabel: 'Repository',
  host: 'github.com',
  added: '2026-11-25',
  published: '2014',
  keywords: [],
  access: 'free',
} as const

function doc(slug: string, fields: Partial<SearchDoc>): SearchDoc {
  return {
    ...base,
    authors: [...base.authors],
    topics: [...base.topics],
    topicTitles: [...base.topicTitles],
    keywords: [],
    slug,
    title: slug,
    url: `https://github.com/example/${slug}`,
    permalink: `/entries/${slug}/`,
    ...WITHOUT_SIGNALS,
    ...fields,
  }
}

const docs: SearchDoc[] = [
  doc('django-old', {
    maintenance: 'dormant',
    lastRelease: '2017-08',
    signals: {
      release: { version: '2.2.0', month: '2017-08', observed: '2026-11', stale: true },
      stars: { count: 420, observed: '2026-11-24' },
      archived: { observed: '2026-11-24' },
      brokenLink: { checked: '2026-11-23' },
    },
    superseded: {
      label: 'docs.djangoproject.com',
      href: 'https://docs.djangoproject.com/en/stable/ref/models/querysets/#bulk-update',
      reason: 'Django 2.2 added QuerySet.bulk_update()',
    },
  }),
  doc('django-new', {
    maintenance: 'active',
    lastRelease: '2026-05',
    signals: { release: { version: '4.1.0', month: '2026-05', observed: '2026-11', stale: false } },
    superseded: { label: 'Django Old', href: '/entries/django-old/', reason: null },
    djangoDeclared: ['5.2', '6.0', '6.1'],
  }),
  doc('django-quiet', {
    maintenance: 'quiet',
    signals: { stars: { count: 7, observed: '2026-11-24' } },
  }),
  doc('an-article', { type: 'article', typeLabel: 'Article', writtenForDjango: '5.0' }),
]

const topics = [{ slug: 'caching', title: 'Caching' }]

describe('the search payload', () => {
  it('gives back every document, signals and curated replacements included, after encoding and decoding', () => {
    const decoded = withDescriptions(
      decodeSearchIndex(encodeSearchIndex(docs, topics, [])),
      encodeSearchDescriptions(docs),
    )
    expect(decoded).toEqual(docs)
  })

  it('decodes in slices exactly what it decodes whole', () => {
    const payload = encodeSearchIndex(docs, topics, [])
    const whole = decodeSearchIndex(payload)
    const sliced = [0, 1, 2].flatMap((at) => decodeSearchIndex(payload, at, at + 1))
    expect([...sliced, ...decodeSearchIndex(payload, 3)]).toEqual(whole)
  })

  it('survives a trip through JSON, as the browser receives it', () => {
    const payload = JSON.parse(JSON.stringify(encodeSearchIndex(docs, topics, [])))
    expect(
      decodeSearchIndex(payload).map((d) => [d.maintenance, d.lastRelease, d.signals, d.superseded]),
    ).toEqual(docs.map((d) => [d.maintenance, d.lastRelease, d.signals, d.superseded]))
  })

  it('stores maintenance as one letter per document and signals only for the documents that have them', () => {
    const payload = encodeSearchIndex(docs, topics, [])
    expect(payload.maintenance).toBe('daq-')
    expect(Object.keys(payload.signals)).toEqual(['0', '1', '2'])
    expect(Object.keys(payload.superseded)).toEqual(['0', '1'])
  })
})

describe('dates in the search index', () => {
  const added = ['2024-02-29', '2023-12-31', '2026-11-25', '2024-03-01', '2023-12-31', '2000-01-01']
  const published = ['2014', null, '2025-10', '2019-06-30', '2014', null]
  const dated = added.map((date, index) =>
    doc(`dated-${index}`, { added: date, published: published[index] ?? null }),
  )

  it('gives back every date of addition and publication, leap days and year ends included', () => {
    const decoded = decodeSearchIndex(encodeSearchIndex(dated, [], []))
    expect(decoded.map((entry) => entry.added)).toEqual(added)
    expect(decoded.map((entry) => entry.published)).toEqual(published)
  })

  it('stores each publication date once and each date of addition as days after the earliest', () => {
    const payload = encodeSearchIndex(dated, [], [])
    expect(payload.addedFrom).toBe('2000-01-01')
    expect(payload.added[5]).toBe(0)
    expect(payload.added[0]! - payload.added[3]!).toBe(-1)
    expect(payload.publishedValues).toEqual(['2014', '2019-06-30', '2025-10'])
    expect(payload.published).toEqual([0, -1, 2, 1, 0, -1])
  })

  it('encodes an empty catalogue', () => {
    expect(decodeSearchIndex(encodeSearchIndex([], [], []))).toEqual([])
  })
})
