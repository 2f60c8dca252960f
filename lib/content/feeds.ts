import 'server-only'

import { Feed } from 'feed'

import { recentlyAdded, topicsOf, type Entry } from './catalog'
import { mediaTypeLabel } from '../schema/media-types'
import { permalinks } from '../schema/permalinks'
import { absoluteUrl, site } from '../site'

export const FEED_SIZE = 50

const FEED_TITLE = `${site.name}: recently added`

function summaryOf(entry: Entry): string {
  const what = `${mediaTypeLabel(entry.type)} on ${entry.host}`
  return entry.description ? `${entry.description} (${what})` : what
}

/** Atom 1.0, newest additions first, built by the `feed` package. */
export function atomFeed(): string {
  const entries = recentlyAdded(FEED_SIZE)
  const feed = new Feed({
    id: absoluteUrl(permalinks.home()),
    title: FEED_TITLE,
    description: site.description,
    link: absoluteUrl(permalinks.home()),
    language: 'en',
    updated: entries[0] ? new Date(entries[0].added) : new Date(0),
    generator: site.name,
    copyright: `Entries link to their authors' work; descriptions by the ${site.name} maintainers.`,
    feedLinks: { atom: absoluteUrl(permalinks.atomFeed()), json: absoluteUrl(permalinks.jsonFeed()) },
  })
  for (const entry of entries) {
    feed.addItem({
      id: absoluteUrl(entry.permalink),
      title: entry.title,
      link: absoluteUrl(entry.permalink),
      date: new Date(entry.added),
      description: summaryOf(entry),
      author: (entry.authors ?? []).map((name) => ({ name })),
      category: topicsOf(entry).map((topic) => ({ name: topic.title, term: topic.slug })),
    })
  }
  return feed.atom1()
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), as a typed object serialised by JSON.stringify. */
export function jsonFeed() {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: FEED_TITLE,
    home_page_url: absoluteUrl(permalinks.home()),
    feed_url: absoluteUrl(permalinks.jsonFeed()),
    description: site.description,
    language: 'en',
    items: recentlyAdded(FEED_SIZE).map((entry) => ({
      id: absoluteUrl(entry.permalink),
      url: absoluteUrl(entry.permalink),
      external_url: entry.url,
      title: entry.title,
      content_text: summaryOf(entry),
      date_published: new Date(entry.added).toISOString(),
      ...(entry.authors?.length ? { authors: entry.authors.map((name) => ({ name })) } : {}),
      tags: topicsOf(entry).map((topic) => topic.title),
    })),
  }
}
