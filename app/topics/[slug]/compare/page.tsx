import type { Metadata } from 'next'
import { SiteLink } from '@/components/layout/site-link'
import { notFound } from 'next/navigation'

import { CompareTable } from '@/components/compare/compare-table'
import { compareHref, MAX_COMPARED } from '@/lib/compare/address'
import { getTopic, type Topic } from '@/lib/content/catalog'
import { topicComparison, topicsWithComparison, topicTitles } from '@/lib/content/compare-data'
import { pageMetadata } from '@/lib/content/metadata'
import { permalinks } from '@/lib/schema/permalinks'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

/** /topics/<slug>/compare/ for every topic with at least two packages. */
export function generateStaticParams() {
  return topicsWithComparison().map((topic) => ({ slug: topic.slug }))
}

async function resolve(params: Props['params']) {
  const topic = getTopic((await params).slug)
  if (!topic) return null
  const comparison = topicComparison(topic)
  return comparison.columns.length > 0 ? { topic, ...comparison } : null
}

const titleOf = (topic: Topic) => `Compare the ${topic.title} packages`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve(params)
  if (!found) return {}
  const { topic, columns } = found
  const names = columns.map((column) => column.title)
  const listed =
    names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ')
  return pageMetadata({
    title: titleOf(topic),
    description: `${listed} side by side: latest release and its date, maintenance, licence, GitHub stars and what supersedes them, each with where and when it was observed.`,
    path: permalinks.topicComparison(topic.slug),
    image: permalinks.topicImage(topic.slug),
  })
}

export default async function TopicComparisonPage({ params }: Props) {
  const found = await resolve(params)
  if (!found) notFound()
  const { topic, columns, packages } = found
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <SiteLink href={permalinks.topics()} className="hover:underline">
          Topics
        </SiteLink>{' '}
        /{' '}
        <SiteLink href={topic.permalink} className="hover:underline">
          {topic.title}
        </SiteLink>{' '}
        / <span aria-current="page">Compare</span>
      </nav>
      <div className="mb-6 grid max-w-3xl gap-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{titleOf(topic)}</h1>
        <p className="text-ink-soft">
          {columns.length < packages
            ? `${columns.length} of the ${packages} packages on ${topic.title}, the maintained ones first; the others are on the topic’s page.`
            : `The ${packages} packages on ${topic.title} side by side, the maintained ones first.`}
        </p>
      </div>
      <CompareTable columns={columns} topics={topicTitles()} />
      <p className="mt-4 max-w-3xl text-sm text-ink-soft">
        <SiteLink
          href={compareHref(columns.slice(0, MAX_COMPARED).map((column) => column.slug))}
          className="text-accent underline"
        >
          Open the first {Math.min(MAX_COMPARED, columns.length)} in a comparison of your own
        </SiteLink>{' '}
        to take some out and add others with their Compare buttons.
      </p>
    </>
  )
}
