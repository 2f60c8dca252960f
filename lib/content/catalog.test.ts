import { describe, expect, it } from 'vitest'

import { entriesReplacedBy, getEntries, relatedEntries, type Entry } from './catalog'

const entries = getEntries()
const sharedTopics = (a: Entry, b: Entry) => a.topics.filter((topic) => b.topics.includes(topic)).length

/** Every entry sharing a topic with `entry`, most shared topics first, then in catalogue order. */
function allRelatedInOrder(entry: Entry): Entry[] {
  return entries
    .filter((other) => other !== entry && sharedTopics(entry, other) > 0)
    .toSorted(
      (a, b) => sharedTopics(entry, b) - sharedTopics(entry, a) || entries.indexOf(a) - entries.indexOf(b),
    )
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
      relatedEntries(entry, 1000).some((other) => sharedTopics(entry, other) > 1),
    )
    expect(withTwoShared.length).toBeGreaterThan(0)
    for (const entry of withTwoShared) {
      const [first] = relatedEntries(entry)
      expect(first && sharedTopics(entry, first)).toBeGreaterThan(1)
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
