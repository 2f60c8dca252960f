import { describe, expect, it } from 'vitest'

import {
  entriesOfTopic,
  entriesReplacedBy,
  getEntries,
  RELATED_POOL_PER_TOPIC,
  relatedEntries,
  type Entry,
} from './catalog'

const entries = getEntries()

/**
 * How many of `entry`'s topics `other` shares, counting a topic when `other` is among its first entries (the
 * pool "related" is drawn from, which holds every entry of a topic smaller than the pool).
 */
function sharedTopicsOf(entry: Entry): (other: Entry) => number {
  const pools = entry.topics.map((topic) => entriesOfTopic(topic).slice(0, RELATED_POOL_PER_TOPIC))
  return (other) => pools.filter((pool) => pool.includes(other)).length
}

/** Every other entry sharing a topic with `entry`, most shared topics first, then in catalogue order. */
function allRelatedInOrder(entry: Entry): Entry[] {
  const shared = sharedTopicsOf(entry)
  return entries
    .filter((other) => other !== entry && shared(other) > 0)
    .toSorted((a, b) => shared(b) - shared(a) || entries.indexOf(a) - entries.indexOf(b))
}

describe('relatedEntries', () => {
  it.each([1, 3, 6, 1000])(
    'gives, for every entry of the catalogue, the first %i entries sharing the most topics, in catalogue order among equals',
    (limit) => {
      for (const entry of entries)
        expect(relatedEntries(entry, limit).map((other) => other.slug)).toEqual(
          allRelatedInOrder(entry)
            .slice(0, limit)
            .map((other) => other.slug),
        )
    },
  )

  it('puts an entry sharing two topics before one sharing one, wherever the catalogue has such a pair', () => {
    const withTwoShared = entries.filter((entry) =>
      relatedEntries(entry, 1000).some((other) => sharedTopicsOf(entry)(other) > 1),
    )
    expect(withTwoShared.length).toBeGreaterThan(0)
    for (const entry of withTwoShared) {
      const [first] = relatedEntries(entry)
      expect(first && sharedTopicsOf(entry)(first)).toBeGreaterThan(1)
    }
  })
})

describe('entriesReplacedBy', () => {
  it('gives each entry the entries whose supersededBy names it, in catalogue order', () => {
    const replacing = entries.filter((entry) => entriesReplacedBy(entry).length > 0)
    expect(replacing.length).toBeGreaterThan(0)
    for (const entry of entries)
      expect(entriesReplacedBy(entry)).toEqual(entries.filter((other) => other.supersededBy === entry.slug))
  })
})
