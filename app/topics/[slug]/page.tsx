import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { DirectorySearch } from '@/components/directory-search'
import { EntryList } from '@/components/entry-list'
import { JsonLd } from '@/components/json-ld'
import { entriesOfTopic, getListedTopics, getTopic } from '@/lib/catalog'
import { collectionJsonLd, pageMetadata } from '@/lib/metadata'
import { searchIslandProps } from '@/lib/page-data'
import { permalinks } from '@/lib/permalinks'
import { toSearchDoc } from '@/lib/search-docs'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getListedTopics().map((topic) => ({ slug: topic.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getTopic((await params).slug)
  if (!topic) return {}
  return pageMetadata({
    title: topic.title,
    description: topic.summary,
    path: topic.permalink,
    image: `${topic.permalink}og.png`,
  })
}

export default async function TopicPage({ params }: Props) {
  const topic = getTopic((await params).slug)
  if (!topic) notFound()
  const entries = entriesOfTopic(topic.slug)

  return (
    <>
      <JsonLd
        json={collectionJsonLd({
          name: topic.title,
          description: topic.summary,
          path: topic.permalink,
          entries,
        })}
      />
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link href={permalinks.topics()} className="hover:underline">
          Topics
        </Link>{' '}
        / <span aria-current="page">{topic.title}</span>
      </nav>
      <div className="mb-8 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{topic.title}</h1>
        <p className="mt-2 text-lg text-ink-soft">{topic.summary}</p>
        <div
          className="prose-intro mt-4 leading-relaxed text-ink-soft"
          // Topic bodies are sanitised with rehype-sanitize when contentlayer builds them.
          dangerouslySetInnerHTML={{ __html: topic.body.html }}
        />
      </div>
      <DirectorySearch
        {...searchIslandProps(entries, { topic: topic.slug })}
        scopeLabel={`the ${entries.length} entries on ${topic.title}`}
      >
        <EntryList entries={entries.map(toSearchDoc)} headingLevel="h2" />
      </DirectorySearch>
    </>
  )
}
