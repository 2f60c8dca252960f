import { allEntries, allTopics, type Entry, type Topic } from 'contentlayer/generated'

import { MEDIA_TYPES, mediaTypeLabel, type MediaType } from './media-types'

/** The one door to content: sorted, read-only views over the generated collections. */

export type { Entry, Topic }

const byTitle = (a: { title: string }, b: { title: string }) =>
  a.title.localeCompare(b.title, 'en', { sensitivity: 'base' })

const sortedEntries: readonly Entry[] = allEntries.toSorted(byTitle)
const sortedTopics: readonly Topic[] = allTopics.toSorted(
  (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || byTitle(a, b),
)
const topicsBySlug = new Map(sortedTopics.map((topic) => [topic.slug, topic]))
const entriesBySlug = new Map(sortedEntries.map((entry) => [entry.slug, entry]))

export function getEntries(): readonly Entry[] {
  return sortedEntries
}

export function getEntry(slug: string): Entry | undefined {
  return entriesBySlug.get(slug)
}

export function getTopic(slug: string): Topic | undefined {
  return topicsBySlug.get(slug)
}

export function entriesOfTopic(slug: string): Entry[] {
  return sortedEntries.filter((entry) => entry.topics.includes(slug))
}

export function entriesOfType(type: MediaType): Entry[] {
  return sortedEntries.filter((entry) => entry.type === type)
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

/** Entries sharing a topic with this one, those sharing the most topics first. */
export function relatedEntries(entry: Entry, limit = 6): Entry[] {
  return sortedEntries
    .filter((other) => other.slug !== entry.slug)
    .map((other) => ({ other, shared: other.topics.filter((t) => entry.topics.includes(t)).length }))
    .filter(({ shared }) => shared > 0)
    .toSorted((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other)
}

export type FacetOption = { value: string; label: string; count: number }

/** Topic filter options with the number of the given entries in each, in topic order. */
export function topicFacet(entries: readonly Entry[]): FacetOption[] {
  return sortedTopics
    .map((topic) => ({
      value: topic.slug,
      label: topic.title,
      count: entries.filter((entry) => entry.topics.includes(topic.slug)).length,
    }))
    .filter((option) => option.count > 0)
}

/** Media-type filter options with the number of the given entries of each type. */
export function typeFacet(entries: readonly Entry[]): FacetOption[] {
  return MEDIA_TYPES.map((type) => ({
    value: type,
    label: mediaTypeLabel(type, 'plural'),
    count: entries.filter((entry) => entry.type === type).length,
  })).filter((option) => option.count > 0)
}

/** The newest additions to the list, newest first. */
export function recentlyAdded(limit: number): Entry[] {
  return sortedEntries.toSorted((a, b) => b.added.localeCompare(a.added)).slice(0, limit)
}
