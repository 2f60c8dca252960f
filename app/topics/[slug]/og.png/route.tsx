import { entriesOfTopic, getListedTopics, getTopic } from '@/lib/content/catalog'
import { ogImage } from '@/lib/content/og-image'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getListedTopics().map((topic) => ({ slug: topic.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const topic = getTopic((await params).slug)
  if (!topic) return new Response('Not found', { status: 404 })
  const count = entriesOfTopic(topic.slug).length
  return ogImage({
    eyebrow: 'Topic',
    title: topic.title,
    detail: `${count} ${count === 1 ? 'entry' : 'entries'}: ${topic.summary}`,
  })
}
