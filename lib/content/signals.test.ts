import { describe, expect, it } from 'vitest'

import { getEntries, getEntry } from './catalog'
import { getSearchDocs } from './search-data'
import { getStoredSignals, signalsOf, supersededOf } from './signals'

describe('signals of the catalogue, as the build reads them', () => {
  it('shows django-bulk-update as dormant, with its 2017 release stale and its curated replacement', () => {
    const entry = getEntry('django-bulk-update')!
    expect(signalsOf(entry)).toMatchObject({
      maintenance: 'dormant',
      lastRelease: '2017-08',
      signals: { release: { version: '2.2.0', month: '2017-08', stale: true } },
    })
    expect(supersededOf(entry)).toEqual({
      label: 'docs.djangoproject.com',
      href: 'https://docs.djangoproject.com/en/stable/ref/models/querysets/#bulk-update',
      reason: expect.stringContaining('bulk_update()'),
    })
  })

  it('gives entries the signals file does not mention no signals at all', () => {
    const without = getEntries().filter((entry) => getStoredSignals(entry.slug) === undefined)
    expect(without.length).toBeGreaterThan(0)
    for (const entry of without)
      expect(signalsOf(entry)).toEqual({ maintenance: null, lastRelease: null, signals: null })
  })

  it('puts the signals into the search documents', () => {
    const docs = new Map(getSearchDocs().map((doc) => [doc.slug, doc]))
    expect(docs.get('django-bulk-update')).toMatchObject({ maintenance: 'dormant', lastRelease: '2017-08' })
    expect(docs.get('django-bulk-update')?.superseded?.reason).toContain('bulk_update()')
    const withRelease = [...docs.values()].filter((doc) => doc.lastRelease !== null)
    expect(withRelease.length).toBe(
      getEntries().filter((entry) => getStoredSignals(entry.slug)?.pypi !== undefined).length,
    )
  })
})
