import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CollectionListing } from '@/app/collection-listing'
import { entriesOfTopic, getListedTopics, getTopic } from '@/lib/content/catalog'
import { topicFeed } from '@/lib/content/feeds'
import { topicComparison } from '@/lib/content/compare-data'
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
    image: permalinks.topicImage(topic.slug),
    feed: topicFeed(topic),
  })
}

export default async function TopicPage({ params }: Props) {
  const found = await resolve(params)
  if (!found) notFound()
  const { topic, page } = found
  const entries = entriesOfTopic(topic.slug)
  const { columns, packages } = topicComparison(topic)
  return (
    <CollectionListing
      parent={{ label: 'Topics', href: permalinks.topics() }}
      title={topic.title}
      summary={topic.summary}
      feed={topicFeed(topic)}
      introHtml={topic.html}
      entries={entries}
      search={{
        scope: { topic: topic.slug },
        scopeLabel: `the ${entries.length} entries on ${topic.title}`,
        placeholder: `Search ${topic.title}: a title, an author, a host…`,
      }}
      page={page}
      hrefOf={(number) => permalinks.topic(topic.slug, number)}
      comparison={
        columns.length > 0
          ? {
              href: permalinks.topicComparison(topic.slug),
              label:
                columns.length < packages
                  ? `Compare ${columns.length} of its ${packages} packages side by side`
                  : `Compare its ${packages} packages side by side`,
            }
          : undefined
      }
    />
  )
}
