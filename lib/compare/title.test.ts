import { describe, expect, it } from 'vitest'

import { comparisonCaption, comparisonTitle } from './title'

describe('what a comparison is called', () => {
  it('names up to three entries in the tab title and counts the rest', () => {
    expect(comparisonTitle([])).toBe('Compare')
    expect(comparisonTitle(['A'])).toBe('Compare A')
    expect(comparisonTitle(['A', 'B'])).toBe('Compare A and B')
    expect(comparisonTitle(['django-cachalot', 'django-cacheops', 'django-redis'])).toBe(
      'Compare django-cachalot, django-cacheops and django-redis',
    )
    expect(comparisonTitle(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('Compare A, B, C and 3 more')
  })

  it('names every entry in the table caption', () => {
    expect(comparisonCaption(['A', 'B', 'C', 'D'])).toBe('A, B, C and D compared')
  })
})
