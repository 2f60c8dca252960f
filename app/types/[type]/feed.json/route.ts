import { feedResponse, typeFeed } from '@/lib/content/feeds'
import { getListedTypes } from '@/lib/content/catalog'
import { isMediaType } from '@/lib/schema/media-types'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getListedTypes().map((type) => ({ type }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ type: string }> }) {
  const { type } = await params
  if (!isMediaType(type)) return new Response('Not found', { status: 404 })
  return feedResponse(typeFeed(type), 'json')
}
