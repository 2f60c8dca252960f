import { describe, expect, it } from 'vitest'

import { deriveSignals, formatObserved, releaseLabel, staleLabel, starsLabel } from './card-signals'
import type { EntrySignals } from './schema'

const november2026 = new Date('2026-11-20T12:00:00Z')

const pypi = (released: string): EntrySignals['pypi'] => ({
  name: 'django-example',
  version: '4.1.0',
  released,
  observed: '2026-11',
  source: 'PyPI snapshot (pypi.tsv), observed 2026-11',
})

const github = (fields: {
  archived?: boolean
  pushedAt?: string
  stars?: number
}): EntrySignals['github'] => ({
  repo: 'example/django-example',
  stars: fields.stars ?? 1200,
  archived: fields.archived ?? false,
  pushedAt: fields.pushedAt ?? '2026-10-02T08:00:00Z',
  license: 'MIT',
  etag: null,
  observed: '2026-11-24',
  source: 'GitHub REST API',
})

describe('the signals a card shows', () => {
  it('gives an entry without stored signals no class, no release and nothing to show', () => {
    expect(deriveSignals(undefined, november2026)).toEqual({
      maintenance: null,
      lastRelease: null,
      signals: null,
    })
  })

  it('shows a recent release with its month and when it was observed, not stale', () => {
    const derived = deriveSignals({ pypi: pypi('2026-05') }, november2026)
    expect(derived.maintenance).toBe('active')
    expect(derived.lastRelease).toBe('2026-05')
    expect(derived.signals).toEqual({
      release: { version: '4.1.0', month: '2026-05', observed: '2026-11', stale: false },
    })
    expect(releaseLabel(derived.signals!.release!)).toBe('v4.1.0 · May 2026')
  })

  it('marks a release older than 24 months stale, and one of exactly 24 months not', () => {
    expect(deriveSignals({ pypi: pypi('2017-08') }, november2026).signals?.release?.stale).toBe(true)
    expect(deriveSignals({ pypi: pypi('2024-11') }, november2026).signals?.release?.stale).toBe(false)
    expect(deriveSignals({ pypi: pypi('2024-10') }, november2026).signals?.release?.stale).toBe(true)
    const old = deriveSignals({ pypi: pypi('2017-08-30') }, november2026)
    expect(old.lastRelease).toBe('2017-08')
    expect(staleLabel(old.signals!.release!)).toBe('No release since Aug 2017')
  })

  it('keeps a recent push active despite an old release, and an archived repository dormant', () => {
    expect(deriveSignals({ pypi: pypi('2017-08'), github: github({}) }, november2026).maintenance).toBe(
      'active',
    )
    const archived = deriveSignals(
      { pypi: pypi('2026-10'), github: github({ archived: true }) },
      november2026,
    )
    expect(archived.maintenance).toBe('dormant')
    expect(archived.signals?.archived).toEqual({ observed: '2026-11-24' })
    expect(archived.signals?.stars).toEqual({ count: 1200, observed: '2026-11-24' })
  })

  it('shows a broken link with the day of the check, and says nothing of a working one', () => {
    const broken = deriveSignals(
      { link: { status: 'broken', checked: '2026-11-23', detail: '404' } },
      november2026,
    )
    expect(broken.signals).toEqual({ brokenLink: { checked: '2026-11-23' } })
    expect(broken.maintenance).toBeNull()
    expect(deriveSignals({ link: { status: 'ok', checked: '2026-11-23' } }, november2026).signals).toBeNull()
  })
})

describe('wording of the figures', () => {
  it('names days and months, prefixes numeric versions with v, and shortens star counts', () => {
    expect(formatObserved('2026-11')).toBe('Nov 2026')
    expect(formatObserved('2026-11-05')).toBe('5 Nov 2026')
    expect(releaseLabel({ version: 'v2.0', month: '2021-01', observed: '2026-11', stale: false })).toBe(
      'v2.0 · Jan 2021',
    )
    expect(starsLabel(999)).toBe('999')
    expect(starsLabel(1200)).toBe('1.2k')
    expect(starsLabel(3000)).toBe('3k')
    expect(starsLabel(12_345)).toBe('12k')
  })
})
