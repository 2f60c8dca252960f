import 'server-only'

import { allEntries, allTopics, type Entry, type Topic } from 'content-collections'

import { MEDIA_TYPES, type MediaType } from '../schema/media-types'
import { compareEntries, compareTopics } from '../schema/order'

/** The one door to content: sorted, read-only views over the generated collections. */

export type { Entry, Topic }

// The same orders as the README export (lib/schema/order.ts).
const sortedEntries: readonly Entry[] = allEntries.toSorted(compareEntries)
const sortedTopics: readonly Topic[] = allTopics.toSorted(compareTopics)
const topicsBySlug = new Map(sortedTopics.map((topic) => [topic.slug, topic]))
const entriesBySlug = new Map(sortedEntries.map((entry) => [entry.slug, entry]))
const positionInCatalogue = new Map(sortedEntries.map((entry, position) => [entry, position]))

export function getEntries(): readonly Entry[] {
  return sortedEntries
}

export function getEntry(slug: string): Entry | undefined {
  return entriesBySlug.get(slug)
}

export function getTopic(slug: string): Topic | undefined {
  return topicsBySlug.get(slug)
}

const entriesByTopic = groupBy(sortedEntries, (entry) => entry.topics)
const entriesByType = groupBy(sortedEntries, (entry) => [entry.type])
const entriesBySupersededBy = groupBy(sortedEntries, (entry) =>
  entry.supersededBy ? [entry.supersededBy] : [],
)

export function entriesOfTopic(slug: string): readonly Entry[] {
  return entriesByTopic.get(slug) ?? []
}

export function entriesOfType(type: MediaType): readonly Entry[] {
  return entriesByType.get(type) ?? []
}

/** Topics that have at least one entry: only these get a page. */
export function getListedTopics(): Topic[] {
  return sortedTopics.filter((topic) => entriesOfTopic(topic.slug).length > 0)
}

/** Media types that have at least one entry: only these get a page. */
export function getListedTypes(): MediaType[] {
  return MEDIA_TYPES.filter((type) => entriesOfType(type).length > 0)
}

export function topicsOf(entry: Entry): Topic[] {
  return entry.topics.flatMap((slug) => topicsBySlug.get(slug) ?? [])
}

/** How many entries of each shared topic are weighed for "related": enough for a good pick, cheap at any size. */
export const RELATED_POOL_PER_TOPIC = 200

/** Entries sharing a topic with this one, those sharing the most topics first, then by title. */
export function relatedEntries(entry: Entry, limit = 6): Entry[] {
  const shared = new Map<Entry, number>()
  for (const topic of entry.topics) {
    for (const other of entriesOfTopic(topic).slice(0, RELATED_POOL_PER_TOPIC)) {
      if (other.slug !== entry.slug) shared.set(other, (shared.get(other) ?? 0) + 1)
    }
  }
  // Catalogue positions give compareEntries' order without comparing titles again for every page.
  const position = (other: Entry) => positionInCatalogue.get(other) ?? 0
  const ranksBefore = ([a, sharedA]: [Entry, number], [b, sharedB]: [Entry, number]) =>
    sharedA > sharedB || (sharedA === sharedB && position(a) < position(b))
  // The first few of hundreds of candidates, kept in order as they come: sorting them all, for every
  // entry page, is costly on a large catalogue.
  const first: [Entry, number][] = []
  for (const candidate of shared) {
    const at = first.findLastIndex((kept) => !ranksBefore(candidate, kept)) + 1
    if (at < limit) first.splice(at, 0, candidate)
    if (first.length > limit) first.pop()
  }
  return first.map(([other]) => other)
}

/** The entries that name this one as their replacement, for its page to link back to. */
export function entriesReplacedBy(entry: Entry): readonly Entry[] {
  return entriesBySupersededBy.get(entry.slug) ?? []
}

/** The newest additions to the list, newest first. */
export function recentlyAdded(limit: number): Entry[] {
  return sortedEntries.toSorted((a, b) => b.added.localeCompare(a.added)).slice(0, limit)
}

function groupBy(
  entries: readonly Entry[],
  keysOf: (entry: Entry) => readonly string[],
): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>()
  for (const entry of entries) {
    for (const key of keysOf(entry)) {
      const group = groups.get(key)
      if (group) group.push(entry)
      else groups.set(key, [entry])
    }
  }
  return groups
}
