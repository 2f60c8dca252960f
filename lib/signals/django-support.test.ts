import { describe, expect, it } from 'vitest'

import type { DjangoSeries } from '../schema/django-releases'
import {
  excludesSeries,
  declarationSource,
  declarationSummary,
  latestDeclaration,
  supportBasis,
  supportedSeries,
  supportFor,
  writtenForDjango,
} from './django-support'

describe('the rule: what a package declares for a Django series', () => {
  it('is declared when its latest release carries the series’ classifier', () => {
    expect(supportFor('6.1', { classifiers: ['5.2', '6.0', '6.1'], requires: 'Django>=5.2' })).toBe(
      'declared',
    )
  })

  it('is not declared when it lists other series but not this one', () => {
    expect(supportFor('6.1', { classifiers: ['5.2', '6.0'], requires: null })).toBe('not-declared')
  })

  it('is unknown with only the bare classifier, with nothing, or with no data at all', () => {
    expect(supportFor('6.1', { classifiers: [], requires: 'Django>=4.2' })).toBe('unknown')
    expect(supportFor('6.1', { classifiers: [], requires: null })).toBe('unknown')
    expect(supportFor('6.1', null)).toBe('unknown')
  })

  it('is not declared when the requirement excludes the series, whatever the classifiers say', () => {
    expect(supportFor('6.0', { classifiers: ['5.2', '6.0'], requires: 'Django<6' })).toBe('not-declared')
    expect(supportFor('5.2', { classifiers: [], requires: 'django>=6.0,<7' })).toBe('not-declared')
  })
})

describe('whether a requirement on Django leaves out a whole series', () => {
  it.each([
    ['Django>=4.2', '4.2', false],
    ['Django>=4.2', '4.1', true],
    ['Django>=4.2.10', '4.2', false],
    ['django>5.0', '5.0', false],
    ['Django<5', '5.0', true],
    ['Django<5', '4.2', false],
    ['Django>=3.2,<5.3', '5.2', false],
    ['Django>=3.2,<5.3', '6.0', true],
    ['Django<=5.2', '5.2', false],
    ['Django<=5.2', '6.0', true],
    ['Django>=4.2,<6.1,!=5.0.*', '5.0', true],
    ['Django>=4.2,<6.1,!=5.0.*', '5.1', false],
    ['django>=4.2,!=5.0.*,!=5.1.*', '5.2', false],
    ['Django==5.2.*', '5.2', false],
    ['Django==5.2.*', '6.0', true],
    ['Django==6.*', '6.1', false],
    ['Django~=4.2', '5.2', true],
    ['Django~=4.2', '4.2', false],
    ['Django~=5.2.1', '5.2', false],
    ['Django~=5.2.1', '6.0', true],
    ['django >= 2.2', '6.1', false],
    ['Django>=6,<7', '5.2', true],
    ['Django ; python_version >= "3.10"', '6.1', false],
    ['django', '6.1', false],
  ])('%s and %s: excluded %s', (requirement, series, excluded) => {
    expect(excludesSeries(requirement, series)).toBe(excluded)
  })
})

describe('the Django an article is written for', () => {
  it('reads the series from a docs address or a title, and is null otherwise', () => {
    expect(writtenForDjango('https://docs.djangoproject.com/en/5.0/topics/performance/', 'Performance')).toBe(
      '5.0',
    )
    expect(writtenForDjango('https://example.org/post', 'What Django 6.1 changes')).toBe('6.1')
    expect(writtenForDjango('https://example.org/post', 'Scaling Django')).toBeNull()
  })
})

describe('which declaration the site reads', () => {
  const pypi = {
    name: 'django-cacheops',
    version: '7.2',
    released: '2025-04',
    observed: '2026-11',
    source: 'PyPI snapshot (pypi.tsv), observed 2026-11',
  }
  const django = {
    release: '7.2',
    classifiers: ['4.2', '5.2'],
    frameworkDjango: true,
    requires: 'django>=3.2',
    observed: '2026-12-04',
    source: 'https://github.com/Suor/django-cacheops/blob/7.2/setup.py',
  }

  it('is the latest release’s', () => {
    expect(latestDeclaration({ pypi, django })).toEqual({
      classifiers: ['4.2', '5.2'],
      requires: 'django>=3.2',
    })
  })

  it('is none when the stored figures are of an older release, or when nothing is stored', () => {
    expect(latestDeclaration({ pypi: { ...pypi, version: '7.3' }, django })).toBeNull()
    expect(latestDeclaration({ django })).toBeNull()
    expect(latestDeclaration({ pypi })).toBeNull()
    expect(latestDeclaration(undefined)).toBeNull()
  })
})

describe('what a status rests on, in words', () => {
  const pypi = { name: 'x', version: '0.5.0', released: '2022-01', observed: '2026-11', source: 'PyPI' }
  const django = {
    release: '0.5.0',
    classifiers: ['4.0', '4.1'],
    frameworkDjango: true,
    requires: 'Django>=4.0,<5',
    observed: '2026-12-04',
    source: 'https://example.org/setup.py',
  }

  it('names the release and what it declares, or the requirement that leaves the series out', () => {
    expect(supportBasis('4.1', { pypi, django })).toBe('release 0.5.0 declares 4.0 · 4.1')
    expect(supportBasis('5.2', { pypi, django })).toBe('release 0.5.0 requires Django>=4.0,<5')
    expect(supportBasis('5.2', { pypi, django: { ...django, classifiers: [], requires: null } })).toBe(
      'release 0.5.0 carries only “Framework :: Django”, no series',
    )
    expect(
      supportBasis('5.2', {
        pypi,
        django: { ...django, classifiers: [], frameworkDjango: false, requires: null },
      }),
    ).toBe('release 0.5.0 names no Django series')
  })

  it('sums up the whole declaration for the entry page', () => {
    expect(declarationSummary({ pypi, django })).toBe(
      'release 0.5.0 declares 4.0 · 4.1; requires Django>=4.0,<5',
    )
    expect(declarationSummary({ pypi, django: { ...django, classifiers: [], requires: null } })).toBe(
      'release 0.5.0 carries only “Framework :: Django”, no series',
    )
    expect(declarationSummary({ pypi })).toBe('no figures for its latest release, 0.5.0')
  })

  it('names where it was read: the metadata file, or the API', () => {
    expect(declarationSource('https://github.com/django/channels/blob/4.3.2/setup.cfg')).toBe(
      'setup.cfg in its repository',
    )
    expect(declarationSource('PyPI JSON API (https://pypi.org)')).toBe('PyPI JSON API (https://pypi.org)')
  })

  it('says when the latest release was not read', () => {
    expect(supportBasis('5.2', { pypi: { ...pypi, version: '0.6.0' }, django })).toBe(
      'no figures for its latest release, 0.6.0',
    )
    expect(supportBasis('5.2', undefined)).toBe('no figures for its latest release')
  })
})

describe('the series Django supports on a day', () => {
  const series = (name: string, released: string, extendedEnds: string): DjangoSeries => ({
    series: name,
    lts: false,
    released,
    mainstreamEnds: extendedEnds,
    extendedEnds,
  })
  const releases = [
    series('6.0', '2025-12-03', '2027-04'),
    series('4.2', '2023-04-03', '2026-04'),
    series('5.2', '2025-04-02', '2028-04'),
    series('6.1', '2026-08-05', '2027-12'),
    series('5.10', '2026-01-01', '2026-12'),
  ]
  const on = (day: string) => supportedSeries(releases, day).map((release) => release.series)

  it('holds those released and not past the month their extended support ends in, oldest first', () => {
    expect(on('2026-12-04')).toEqual(['5.2', '5.10', '6.0', '6.1'])
    expect(on('2026-04-30')).toEqual(['4.2', '5.2', '5.10', '6.0'])
    expect(on('2026-05-01')).toEqual(['5.2', '5.10', '6.0'])
    expect(on('2026-08-04')).toEqual(['5.2', '5.10', '6.0'])
    expect(on('2027-01-01')).toEqual(['5.2', '6.0', '6.1'])
  })
})
