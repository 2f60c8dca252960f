import type { MediaType } from './media-types'

/**
 * Every internal path of the site is made here, pages and files alike; nothing else builds one by hand.
 * Paths are without the base path: Next.js adds it to links, lib/site.ts to the rest.
 */
export const permalinks = {
  home: () => '/',
  topics: () => '/topics/',
  topic: (slug: string, page = 1) => (page === 1 ? `/topics/${slug}/` : `/topics/${slug}/page/${page}/`),
  topicImage: (slug: string) => `/topics/${slug}/og.png`,
  /** The topic's packages side by side, as static HTML. */
  topicComparison: (slug: string) => `/topics/${slug}/compare/`,
  types: () => '/types/',
  type: (type: MediaType, page = 1) => (page === 1 ? `/types/${type}/` : `/types/${type}/page/${page}/`),
  entry: (slug: string) => `/entries/${slug}/`,
  about: () => '/about/',
  /** The comparison of any entries; lib/compare/address.ts adds the entries to it. */
  compare: () => '/compare/',
  /** One part of the comparison data (lib/compare/parts.ts). */
  compareData: (part: number) => `/compare-data/${part}.json`,
  feed: (format: FeedFormat) => `/feed.${format}`,
  topicFeed: (slug: string, format: FeedFormat) => `/topics/${slug}/feed.${format}`,
  typeFeed: (type: MediaType, format: FeedFormat) => `/types/${type}/feed.${format}`,
  siteImage: () => '/og.png',
  searchIndex: () => '/search-index.json',
  searchDescriptions: () => '/search-descriptions.json',
  sitemap: () => '/sitemap.xml',
} as const

/** Atom (feed.xml) or JSON Feed (feed.json). */
export type FeedFormat = 'xml' | 'json'

/** A feed as a page links it: its title and where its Atom and JSON versions live. */
export type FeedLink = { title: string; path: (format: FeedFormat) => string }

/** The host a visitor will land on, without a leading `www.`. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '')
}

/** The slug of a content file: its file name without folder and extension. */
export function slugOfPath(sourceFilePath: string): string {
  const fileName = sourceFilePath.split('/').pop() ?? sourceFilePath
  return fileName.replace(/\.md$/, '')
}
