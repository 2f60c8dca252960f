import 'server-only'

import type { Metadata } from 'next'

import { permalinks, type FeedLink } from '../schema/permalinks'
import { absoluteUrl, OG_IMAGE_SIZE, site } from '../site'

type PageMetadataInput = {
  title?: string
  description: string
  /** The page's permalink, e.g. /topics/caching/ */
  path: string
  /** A path of this site to the page's social image, when it has its own. */
  image?: string
  /** The page's own feeds, offered before the site's. */
  feed?: FeedLink
}

/** Title, description, canonical URL and social cards for one page, all absolute so BASE_PATH holds. */
export function pageMetadata({
  title,
  description,
  path,
  image = permalinks.siteImage(),
  feed,
}: PageMetadataInput): Metadata {
  const url = absoluteUrl(path)
  const images = [{ url: absoluteUrl(image), ...OG_IMAGE_SIZE, alt: title ?? site.name }]
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: url, types: feedLinks(feed) },
    openGraph: { type: 'website', siteName: site.name, title: title ?? site.name, description, url, images },
    twitter: { card: 'summary_large_image', title: title ?? site.name, description, images },
  }
}

export const SITE_FEED: FeedLink = { title: `${site.name}: recently added`, path: permalinks.feed }

/** `<link rel="alternate">` for a page's own feed, if any, and the site's. */
export function feedLinks(own?: FeedLink) {
  const feeds = own ? [own, SITE_FEED] : [SITE_FEED]
  return {
    'application/atom+xml': feeds.map((feed) => ({ url: absoluteUrl(feed.path('xml')), title: feed.title })),
    'application/feed+json': feeds.map((feed) => ({
      url: absoluteUrl(feed.path('json')),
      title: feed.title,
    })),
  }
}

/** JSON-LD for a script tag: `<` is escaped so no text of ours can close the tag. */
export function jsonLd(data: object): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c')
}

/** A CollectionPage whose ItemList is the page's entries, each pointing at its permalink. */
export function collectionJsonLd(input: {
  name: string
  description: string
  path: string
  entries: readonly { title: string; permalink: string }[]
}) {
  return jsonLd({
    '@type': 'CollectionPage',
    name: input.name,
    description: input.description,
    url: absoluteUrl(input.path),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: input.entries.length,
      itemListElement: input.entries.map((entry, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: absoluteUrl(entry.permalink),
        name: entry.title,
      })),
    },
  })
}
