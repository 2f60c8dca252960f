import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { TopicListing } from '@/components/collection/topic-listing'
import { entriesOfTopic, getListedTopics, getTopic } from '@/lib/content/catalog'
import { topicFeed } from '@/lib/content/feeds'
import { pageMetadata } from '@/lib/content/metadata'
import { pageCount, pageFromSegments, paginationSegments } from '@/lib/pagination'
import { permalinks } from '@/lib/schema/permalinks'

type Props = { params: Promise<{ slug: string; pagination?: string[] }> }

export const dynamicParams = false

/** /topics/<slug>/ and, for long topics, /topics/<slug>/page/2/ and on. */
export function generateStaticParams() {
  return getListedTopics().flatMap((topic) =>
    Array.from({ length: pageCount(entriesOfTopic(topic.slug).length) }, (_, index) => ({
      slug: topic.slug,
      pagination: paginationSegments(index + 1),
    })),
  )
}

async function resolve(params: Props['params']) {
  const { slug, pagination } = await params
  const topic = getTopic(slug)
  const page = topic ? pageFromSegments(pagination, entriesOfTopic(topic.slug).length) : null
  return topic && page ? { topic, page } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve(params)
  if (!found) return {}
  const { topic, page } = found
  return pageMetadata({
    title: page === 1 ? topic.title : `${topic.title}, page ${page}`,
    description: topic.summary,
    path: permalinks.topic(topic.slug, page),
    image: `${topic.permalink}og.png`,
    feed: topicFeed(topic),
  })
}

export default async function TopicPage({ params }: Props) {
  const found = await resolve(params)
  if (!found) notFound()
  return <TopicListing topic={found.topic} page={found.page} />
}
