import { describe, expect, it } from 'vitest'

import { MAX_SLUG_LENGTH, slugify } from './slug'

describe('slugify', () => {
  it.each([
    ['Django Cacheback', 'django-cacheback'],
    [
      'Reining in the thundering herd ⛈ Getting to 80% CPU',
      'reining-in-the-thundering-herd-getting-to-80-cpu',
    ],
    ['Django @Instagram - Carl Meyer | Django Chat', 'django-instagram-carl-meyer-django-chat'],
    ['Über Çache', 'uber-cache'],
    ['⛈⛈', 'entry'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('keeps slugs to MAX_SLUG_LENGTH characters, cut at a word', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug.endsWith('-word')).toBe(true)
  })
})
