import { describe, expect, it } from 'vitest'

import { excludesSeries, supportFor, writtenForDjango } from './django-support'

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
