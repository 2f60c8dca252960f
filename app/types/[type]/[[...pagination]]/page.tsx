import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { typeDescription, TypeListing } from '@/components/collection/type-listing'
import { entriesOfType, getListedTypes } from '@/lib/content/catalog'
import { isMediaType, mediaTypeLabel } from '@/lib/schema/media-types'
import { typeFeed } from '@/lib/content/feeds'
import { pageMetadata } from '@/lib/content/metadata'
import { pageCount, pageFromSegments, paginationSegments } from '@/lib/pagination'
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
    description: typeDescription(type),
    path: permalinks.type(type, page),
    feed: typeFeed(type),
  })
}

export default async function TypePage({ params }: Props) {
  const found = await resolve(params)
  if (!found) notFound()
  return <TypeListing type={found.type} page={found.page} />
}
