import { feedResponse, typeFeed } from '@/lib/content/feeds'
import { typeFileRoute } from '@/lib/content/static-routes'

export const dynamic = 'force-static'
export const dynamicParams = false

export const { generateStaticParams, GET } = typeFileRoute((type) => feedResponse(typeFeed(type), 'xml'))
