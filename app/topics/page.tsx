import type { Metadata } from 'next'

import { pageMetadata } from '@/lib/content/metadata'
import { permalinks } from '@/lib/schema/permalinks'

import { SiteLink } from '@/components/layout/site-link'
import { entriesOfTopic, getListedTopics } from '@/lib/content/catalog'

export const metadata: Metadata = pageMetadata({
  title: 'Topics',
  description: 'Every topic of the Awesome Django Scale directory, with the number of entries in each.',
  path: permalinks.topics(),
})

export default function TopicsPage() {
  const topics = getListedTopics()
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Topics</h1>
      <p className="mt-2 text-ink-soft">{topics.length} topics, each with its own page.</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {topics.map((topic) => {
          const count = entriesOfTopic(topic.slug).length
          return (
            <li key={topic.slug} className="rounded-lg border border-line bg-card p-4 shadow-sm">
              <h2 className="flex items-baseline justify-between gap-2 text-lg font-semibold">
                <SiteLink href={topic.permalink} className="hover:text-accent hover:underline">
                  {topic.title}
                </SiteLink>
                <span className="text-sm font-normal text-muted" data-testid="topic-count">
                  {count} {count === 1 ? 'entry' : 'entries'}
                </span>
              </h2>
              <p className="mt-1 text-sm text-ink-soft">{topic.summary}</p>
            </li>
          )
        })}
      </ul>
    </>
  )
}
