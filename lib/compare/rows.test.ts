import { describe, expect, it } from 'vitest'

import { factsOf } from './facts.test-support'
import { compareRows, ROW_LABELS, UNKNOWN, type CompareRow } from './rows'

const TOPICS = { caching: 'Caching', 'database-orm': 'Database & ORM' }
const rowOf = (rows: CompareRow[], key: string) => {
  const row = rows.find((candidate) => candidate.key === key)
  if (!row) throw new Error(`no row ${key}`)
  return row
}

const cachalot = factsOf('django-cachalot', {
  title: 'django-cachalot',
  topics: ['caching', 'database-orm'],
  authors: ['Bertrand Bordage'],
  published: '2014-09',
  verified: { day: '2026-12-04', sources: 4 },
  release: {
    version: '2.9.1',
    released: '2026-08',
    stale: false,
    source: 'PyPI snapshot (pypi.tsv)',
    observed: '2026-11',
  },
  maintenance: { state: 'active', asOf: '2026-12-04', pushedAt: null, archived: false },
  link: { status: 'ok', checked: '2026-11-25' },
})
const bulkUpdate = factsOf('django-bulk-update', {
  release: {
    version: '2.2.0',
    released: '2017-08',
    stale: true,
    source: 'PyPI snapshot (pypi.tsv)',
    observed: '2026-11',
  },
  maintenance: { state: 'dormant', asOf: '2026-12-04', pushedAt: '2019-01-02T10:00:00Z', archived: true },
  licence: { spdx: 'MIT', source: 'GitHub API', observed: '2026-11-30' },
  stars: { count: 12345, source: 'GitHub API', observed: '2026-11-30' },
  superseded: {
    label: 'docs.djangoproject.com',
    href: 'https://docs.djangoproject.com/',
    reason: 'Django 2.2 added it',
  },
  link: { status: 'broken', checked: '2026-11-25' },
})

describe('the rows of a comparison', () => {
  it('has the same rows, in the same order, for any entries', () => {
    for (const entries of [
      [cachalot, bulkUpdate],
      [bulkUpdate],
      [factsOf('a'), factsOf('b'), factsOf('c')],
    ]) {
      const rows = compareRows(entries, TOPICS)
      expect(rows.map((row) => row.label)).toEqual(ROW_LABELS)
      for (const row of rows) expect(row.cells).toHaveLength(entries.length)
    }
  })

  it('lists media type, topics, access, authors, published, release, maintenance, licence, stars, replacement and link', () => {
    expect(ROW_LABELS).toEqual([
      'Media type',
      'Topics',
      'Access',
      'Authors',
      'Published',
      'Facts checked',
      'Latest release',
      'Maintenance',
      'Licence',
      'GitHub stars',
      'Superseded by',
      'Link',
    ])
  })

  it('reads "unknown" where nothing is known, never blank', () => {
    const rows = compareRows([factsOf('bare'), cachalot], TOPICS)
    for (const row of rows) for (const cell of row.cells) expect(cell.text.trim()).not.toBe('')
    for (const key of ['authors', 'published', 'verified', 'release', 'maintenance', 'licence', 'stars']) {
      expect(rowOf(rows, key).cells[0]).toMatchObject({ text: UNKNOWN, known: false })
    }
  })

  it('says where and when each observed figure was observed', () => {
    const rows = compareRows([cachalot, bulkUpdate], TOPICS)
    expect(rowOf(rows, 'release').cells[0]).toMatchObject({
      text: 'v2.9.1 · Aug 2026',
      note: 'PyPI snapshot (pypi.tsv), observed Nov 2026',
    })
    expect(rowOf(rows, 'licence').cells[1]).toMatchObject({
      text: 'MIT',
      note: 'GitHub API, observed 30 Nov 2026',
    })
    expect(rowOf(rows, 'stars').cells[1]).toMatchObject({
      text: '12,345',
      note: 'GitHub API, observed 30 Nov 2026',
    })
    expect(rowOf(rows, 'maintenance').cells[0]!.note).toBe('as of 4 Dec 2026, from the latest release')
    expect(rowOf(rows, 'maintenance').cells[1]!.note).toBe(
      'as of 4 Dec 2026, from the latest release and the last push (Jan 2019)',
    )
    expect(rowOf(rows, 'link').cells[0]!.note).toBe('link check: answered, 25 Nov 2026')
    expect(rowOf(rows, 'verified').cells[0]).toMatchObject({
      text: '4 Dec 2026',
      note: 'the entry’s facts, against 4 public sources',
    })
  })

  it('warns of a stale release, an archived repository and a broken link', () => {
    const rows = compareRows([bulkUpdate], TOPICS)
    expect(rowOf(rows, 'release').cells[0]!.warning).toBe('No release since Aug 2017')
    expect(rowOf(rows, 'maintenance').cells[0]).toMatchObject({ text: 'Dormant', warning: 'Archived' })
    expect(rowOf(rows, 'link').cells[0]!.warning).toBe('Broken link')
  })

  it('links topics, the replacement and the address', () => {
    const rows = compareRows([cachalot, bulkUpdate], TOPICS)
    expect(rowOf(rows, 'topics').cells[0]).toMatchObject({
      text: 'Caching, Database & ORM',
      links: [
        { text: 'Caching', href: '/topics/caching/' },
        { text: 'Database & ORM', href: '/topics/database-orm/' },
      ],
    })
    expect(rowOf(rows, 'superseded').cells.map((cell) => cell.text)).toEqual([
      'none known',
      'docs.djangoproject.com',
    ])
    expect(rowOf(rows, 'superseded').cells[1]).toMatchObject({ note: 'Django 2.2 added it' })
    expect(rowOf(rows, 'link').cells[0]!.links).toEqual([
      { text: 'github.com/example/django-cachalot', href: cachalot.url },
    ])
  })

  it('marks a row whose entries do not all say the same, unknown included', () => {
    const rows = compareRows([cachalot, bulkUpdate], TOPICS)
    const differing = rows.filter((row) => row.differs).map((row) => row.key)
    expect(differing).toEqual([
      'topics',
      'authors',
      'published',
      'verified',
      'release',
      'maintenance',
      'licence',
      'stars',
      'superseded',
    ])
  })

  it('marks nothing when the entries agree, nor the link row, whose addresses always differ', () => {
    const rows = compareRows(
      [factsOf('a', { url: 'https://a.example/' }), factsOf('b', { url: 'https://b.example/' })],
      TOPICS,
    )
    expect(rows.filter((row) => row.differs)).toEqual([])
  })

  it('names a topic it has no title for by its slug', () => {
    const rows = compareRows([factsOf('a', { topics: ['gone'] })], TOPICS)
    expect(rowOf(rows, 'topics').cells[0]!.text).toBe('gone')
  })
})
