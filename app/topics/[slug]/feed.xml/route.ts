import { feedResponse, topicFeed } from '@/lib/content/feeds'
import { getListedTopics, getTopic } from '@/lib/content/catalog'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getListedTopics().map((topic) => ({ slug: topic.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const topic = getTopic((await params).slug)
  if (!topic) return new Response('Not found', { status: 404 })
  return feedResponse(topicFeed(topic), 'xml')
}
