import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CollectionListing } from '@/app/collection-listing'
import { entriesOfType, getListedTypes } from '@/lib/content/catalog'
import { typeFeed } from '@/lib/content/feeds'
import { pageMetadata } from '@/lib/content/metadata'
import { pageCount, pageFromSegments, paginationSegments } from '@/lib/pagination'
import { isMediaType, mediaTypeDescription, mediaTypeLabel } from '@/lib/schema/media-types'
import { permalinks } from '@/lib/schema/permalinks'

type Props = { params: Promise<{ type: string; pagination?: string[] }> }

export const dynamicParams = false

/** /types/<type>/ and, for long lists, /types/<type>/page/2/ and on. */
export function generateStaticParams() {
  return getListedTypes().flatMap((type) =>
    Array.from({ length: pageCount(entriesOfType(type).length) }, (_, index) => ({
      type,
      pagination: paginationSegments(index + 1),
    })),
  )
}

async function resolve(params: Props['params']) {
  const { type, pagination } = await params
  if (!isMediaType(type)) return null
  const page = pageFromSegments(pagination, entriesOfType(type).length)
  return page ? { type, page } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve(params)
  if (!found) return {}
  const { type, page } = found
  const label = mediaTypeLabel(type, 'plural')
  return pageMetadata({
    title: page === 1 ? label : `${label}, page ${page}`,
    description: mediaTypeDescription(type),
    path: permalinks.type(type, page),
    feed: typeFeed(type),
  })
}

export default async function TypePage({ params }: Props) {
  const found = await resolve(params)
  if (!found) notFound()
  const { type, page } = found
  const entries = entriesOfType(type)
  const label = mediaTypeLabel(type, 'plural')
  return (
    <CollectionListing
      parent={{ label: 'Media types', href: permalinks.types() }}
      title={label}
      summary={`${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} about running Django at scale.`}
      description={mediaTypeDescription(type)}
      feed={typeFeed(type)}
      entries={entries}
      search={{
        scope: { type },
        scopeLabel: `the ${entries.length} ${label.toLowerCase()}`,
        placeholder: `Search ${label.toLowerCase()}: a title, an author, a host…`,
      }}
      page={page}
      hrefOf={(number) => permalinks.type(type, number)}
    />
  )
}
