import { describe, expect, it } from 'vitest'

import { compareEntries, compareTopics } from './order'

describe('the shared orders', () => {
  it('puts topics with an order first, by order, then the rest by title and slug', () => {
    const topics = [
      { slug: 'b', title: 'Beta' },
      { slug: 'z', title: 'Zeta', order: 2 },
      { slug: 'a2', title: 'alpha' },
      { slug: 'y', title: 'Ypsilon', order: 1 },
      { slug: 'a1', title: 'Alpha' },
    ]
    expect(topics.toSorted(compareTopics).map((topic) => topic.slug)).toEqual(['y', 'z', 'a1', 'a2', 'b'])
  })

  it('sorts entries by title whatever the case, the same on every machine', () => {
    const entries = [
      { slug: 'c', title: 'django-cacheback' },
      { slug: 'b', title: 'Django Cacheback' },
      { slug: 'a', title: 'Ásgard' },
      { slug: 'd', title: 'apple' },
    ]
    expect(entries.toSorted(compareEntries).map((entry) => entry.slug)).toEqual(['d', 'a', 'b', 'c'])
  })
})
