import { describe, expect, it } from 'vitest'

import { MAX_COMPARED } from './address'
import { parsePicks, serializePicks, toggleAnnouncement, togglePick, type Picked } from './picks'

const pick = (slug: string): Picked => ({ slug, title: `Title of ${slug}` })

describe('the picks the tray keeps', () => {
  it('reads back what it wrote', () => {
    const picks = [pick('a'), pick('b')]
    expect(parsePicks(serializePicks(picks))).toEqual(picks)
  })

  it('adds, removes, and refuses a seventh', () => {
    let picks: Picked[] = []
    for (const slug of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const result = togglePick(picks, pick(slug))
      expect(result.outcome).toBe('added')
      picks = result.picks
    }
    expect(togglePick(picks, pick('g'))).toEqual({ picks, outcome: 'full' })
    expect(togglePick(picks, pick('c'))).toEqual({
      picks: picks.filter((p) => p.slug !== 'c'),
      outcome: 'removed',
    })
  })

  it('reads whatever storage holds without throwing, keeping only well-formed picks', () => {
    for (const raw of [null, '', 'not json', '{}', '42', 'null', '[null, 1, "a", []]'])
      expect(parsePicks(raw)).toEqual([])
    const stored = JSON.stringify([
      { slug: '<img src=x onerror=alert(1)>', title: 'x' },
      { slug: 'a', title: '<b>A</b>' },
      { slug: 'a', title: 'again' },
      { slug: 'b' },
      { slug: 'c', title: 'x'.repeat(1000) },
      ...['d', 'e', 'f', 'g', 'h'].map((slug) => ({ slug, title: slug })),
    ])
    const picks = parsePicks(stored)
    expect(picks.map((p) => p.slug)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(picks).toHaveLength(MAX_COMPARED)
    expect(picks[0]!.title).toBe('<b>A</b>') // kept as text: React renders it as such
    expect(picks[1]!.title).toBe('b')
    expect(picks[2]!.title).toHaveLength(200)
  })

  it('announces each change with the count', () => {
    expect(toggleAnnouncement('added', 'django-redis', 3)).toBe(
      'django-redis added to the comparison; 3 of 6 picked.',
    )
    expect(toggleAnnouncement('removed', 'django-redis', 2)).toBe(
      'django-redis removed from the comparison; 2 of 6 picked.',
    )
    expect(toggleAnnouncement('full', 'django-redis', 6)).toMatch(
      /at most 6 entries: remove one before adding django-redis/,
    )
  })
})
