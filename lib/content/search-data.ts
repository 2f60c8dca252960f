import 'server-only'

import { getEntries, getListedTopics, topicsOf, type Entry } from './catalog'
import { mediaTypeLabel } from '../schema/media-types'
import type { SearchDoc } from '../search/model'
import { encodeSearchDescriptions, encodeSearchIndex } from '../search/payload'
import { signalsOf, supersededOf } from './signals'

/** The slim document the browser searches: only what a result shows and search reads. */
export function toSearchDoc(entry: Entry): SearchDoc {
  return {
    slug: entry.slug,
    title: entry.title,
    url: entry.url,
    permalink: entry.permalink,
    description: entry.description,
    authors: entry.authors ?? [],
    topics: entry.topics,
    topicTitles: topicsOf(entry).map((topic) => topic.title),
    type: entry.type,
    typeLabel: mediaTypeLabel(entry.type),
    host: entry.host,
    added: entry.added,
    published: entry.published ?? null,
    keywords: entry.keywords ?? [],
    access: entry.access,
    ...signalsOf(entry),
    superseded: supersededOf(entry),
  }
}

export function getSearchDocs(): SearchDoc[] {
  return getEntries().map(toSearchDoc)
}

export function getSearchIndexPayload() {
  const topics = getListedTopics().map((topic) => ({ slug: topic.slug, title: topic.title }))
  return encodeSearchIndex(getSearchDocs(), topics)
}

export function getSearchDescriptionsPayload() {
  return encodeSearchDescriptions(getSearchDocs())
}
