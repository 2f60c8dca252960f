import { entriesOfTopic } from '@/lib/content/catalog'
import { ogImage } from '@/lib/content/og-image'
import { topicFileRoute } from '@/lib/content/static-routes'

export const dynamic = 'force-static'
export const dynamicParams = false

export const { generateStaticParams, GET } = topicFileRoute((topic) => {
  const count = entriesOfTopic(topic.slug).length
  return ogImage({
    eyebrow: 'Topic',
    title: topic.title,
    detail: `${count} ${count === 1 ? 'entry' : 'entries'}: ${topic.summary}`,
  })
})
