import 'server-only'

import { Feed } from 'feed'

import { entriesOfTopic, entriesOfType, getEntries, topicsOf, type Entry, type Topic } from './catalog'
import { ACCESS_LABELS } from '../schema/entry-fields'
import { mediaTypeLabel, type MediaType } from '../schema/media-types'
import { permalinks, type FeedFormat, type FeedLink } from '../schema/permalinks'
import { SITE_FEED } from './metadata'
import { absoluteUrl, site } from '../site'

const FEED_SIZE = 50

/** What one feed covers: the whole list, one topic or one media type (and how pages link it). */
export type FeedSource = FeedLink & {
  description: string
  /** The page the feed follows. */
  pagePath: string
  entries: readonly Entry[]
}

export const siteFeed = (): FeedSource => ({
  title: SITE_FEED.title,
  description: site.description,
  pagePath: permalinks.home(),
  path: permalinks.feed,
  entries: getEntries(),
})

export const topicFeed = (topic: Topic): FeedSource => ({
  title: `${site.name}: ${topic.title}`,
  description: topic.summary,
  pagePath: topic.permalink,
  path: (format) => permalinks.topicFeed(topic.slug, format),
  entries: entriesOfTopic(topic.slug),
})

export const typeFeed = (type: MediaType): FeedSource => ({
  title: `${site.name}: ${mediaTypeLabel(type, 'plural')}`,
  description: `${mediaTypeLabel(type, 'plural')} about running Django at scale.`,
  pagePath: permalinks.type(type),
  path: (format) => permalinks.typeFeed(type, format),
  entries: entriesOfType(type),
})

/** The newest additions first, then by title (the entries arrive in title order). */
function newest(source: FeedSource): Entry[] {
  return source.entries.toSorted((a, b) => b.added.localeCompare(a.added)).slice(0, FEED_SIZE)
}

function summaryOf(entry: Entry): string {
  const what = `${entry.access === 'paid' ? `${ACCESS_LABELS.paid} ` : ''}${mediaTypeLabel(entry.type)} on ${entry.host}`
  return entry.description ? `${entry.description} (${what})` : what
}

/** Atom 1.0, newest additions first, built by the `feed` package. */
function atomFeed(source: FeedSource): string {
  const entries = newest(source)
  const feed = new Feed({
    id: absoluteUrl(source.pagePath),
    title: source.title,
    description: source.description,
    link: absoluteUrl(source.pagePath),
    language: 'en',
    updated: entries[0] ? new Date(entries[0].added) : new Date(0),
    generator: site.name,
    copyright: `Entries link to their authors' work; descriptions by the ${site.name} maintainers.`,
    feedLinks: { atom: absoluteUrl(source.path('xml')), json: absoluteUrl(source.path('json')) },
  })
  for (const entry of entries) {
    feed.addItem({
      id: absoluteUrl(entry.permalink),
      title: entry.title,
      link: absoluteUrl(entry.permalink),
      date: new Date(entry.added),
      description: summaryOf(entry),
      author: (entry.authors ?? []).map((name) => ({ name })),
      category: [
        ...topicsOf(entry).map((topic) => ({ name: topic.title, term: topic.slug })),
        ...(entry.access === 'paid' ? [{ name: ACCESS_LABELS.paid, term: 'paid' }] : []),
      ],
    })
  }
  return feed.atom1()
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), as a typed object serialised by JSON.stringify. */
function jsonFeed(source: FeedSource) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: source.title,
    home_page_url: absoluteUrl(source.pagePath),
    feed_url: absoluteUrl(source.path('json')),
    description: source.description,
    language: 'en',
    items: newest(source).map((entry) => ({
      id: absoluteUrl(entry.permalink),
      url: absoluteUrl(entry.permalink),
      external_url: entry.url,
      title: entry.title,
      content_text: summaryOf(entry),
      date_published: new Date(entry.added).toISOString(),
      ...(entry.authors?.length ? { authors: entry.authors.map((name) => ({ name })) } : {}),
      tags: topicsOf(entry).map((topic) => topic.title),
      // JSON Feed extensions start with an underscore; readers that do not know it skip it.
      _directory: { access: entry.access, type: entry.type },
    })),
  }
}

/** The Response for a feed route, so every route serves the same headers. */
export function feedResponse(source: FeedSource, format: FeedFormat): Response {
  return format === 'xml'
    ? new Response(atomFeed(source), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
    : Response.json(jsonFeed(source), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } })
}
