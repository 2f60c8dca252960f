import 'server-only'

import { getEntries, getListedTopics, topicFacet, topicsOf, typeFacet, type Entry } from './catalog'
import { mediaTypeLabel } from '../schema/media-types'
import { permalinks } from '../schema/permalinks'
import type { SearchDoc, SearchScope } from '../search/model'
import { encodeSearchDescriptions, encodeSearchIndex } from '../search/payload'
import { withBasePath } from '../site'

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

/**
 * What live search over a list of entries needs to know: where its data is, the topics a URL may name,
 * and the filters that list offers (none for the dimension the scope already fixes).
 */
export function searchSetup(entries: readonly Entry[], scope: SearchScope = {}) {
  return {
    searchData: {
      index: withBasePath(permalinks.searchIndex()),
      descriptions: withBasePath(permalinks.searchDescriptions()),
    },
    knownTopics: getListedTopics().map((topic) => topic.slug),
    topicOptions: scope.topic ? [] : topicFacet(entries),
    typeOptions: scope.type ? [] : typeFacet(entries),
    scope,
  }
}
