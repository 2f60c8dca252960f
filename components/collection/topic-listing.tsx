import Link from 'next/link'

import { entriesOfTopic, type Topic } from '@/lib/content/catalog'
import { topicFeed } from '@/lib/content/feeds'
import { collectionJsonLd } from '@/lib/content/metadata'
import { searchIslandProps } from '@/lib/content/page-data'
import { pageCount, pageOf } from '@/lib/pagination'
import { permalinks } from '@/lib/schema/permalinks'
import { toSearchDoc } from '@/lib/content/search-data'

import { DirectorySearch } from '../search/directory-search'
import { EntryList } from '../entry/entry-list'
import { FeedLinks } from '../layout/feed-links'
import { JsonLd } from '../layout/json-ld'
import { PaginationNav } from '../layout/pagination-nav'

/** A topic's page: its introduction, then one static page of its entries with search over all of them. */
export function TopicListing({ topic, page }: { topic: Topic; page: number }) {
  const entries = entriesOfTopic(topic.slug)
  const shown = pageOf(entries, page)
  const path = permalinks.topic(topic.slug, page)
  return (
    <>
      <JsonLd
        json={collectionJsonLd({ name: topic.title, description: topic.summary, path, entries: shown })}
      />
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link href={permalinks.topics()} className="hover:underline">
          Topics
        </Link>{' '}
        / <span aria-current="page">{topic.title}</span>
      </nav>
      <div className="mb-4 grid max-w-3xl gap-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{topic.title}</h1>
        <p className="text-ink-soft">{topic.summary}</p>
        <FeedLinks feed={topicFeed(topic)} />
      </div>
      <DirectorySearch
        {...searchIslandProps(entries, { topic: topic.slug })}
        scopeLabel={`the ${entries.length} entries on ${topic.title}`}
        placeholder={`Search ${topic.title}: a title, an author, a host…`}
      >
        <div
          className="prose-intro mb-8 max-w-3xl leading-relaxed text-ink-soft"
          // Topic bodies are sanitised when contentlayer builds them (lib/schema/markdown.ts).
          dangerouslySetInnerHTML={{ __html: topic.body.html }}
        />
        <EntryList entries={shown.map(toSearchDoc)} headingLevel="h2" />
        <PaginationNav
          page={page}
          pageCount={pageCount(entries.length)}
          hrefOf={(number) => permalinks.topic(topic.slug, number)}
        />
      </DirectorySearch>
    </>
  )
}
