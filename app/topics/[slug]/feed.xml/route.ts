import { feedResponse, topicFeed } from '@/lib/content/feeds'
import { topicFileRoute } from '@/lib/content/static-routes'

export const dynamic = 'force-static'
export const dynamicParams = false

export const { generateStaticParams, GET } = topicFileRoute((topic) => feedResponse(topicFeed(topic), 'xml'))
