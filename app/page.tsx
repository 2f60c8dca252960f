import type { Metadata } from 'next'

import { DirectorySearch } from '@/components/directory-search'
import { GroupedEntries } from '@/components/grouped-entries'
import { JsonLd } from '@/components/json-ld'
import { RecentlyAdded } from '@/components/recently-added'
import { entriesOfTopic, getEntries, getListedTopics, recentlyAdded } from '@/lib/catalog'
import { collectionJsonLd, pageMetadata } from '@/lib/metadata'
import { searchIslandProps } from '@/lib/page-data'
import { permalinks } from '@/lib/permalinks'
import { toSearchDoc } from '@/lib/search-docs'
import { site } from '@/lib/site'

export const metadata: Metadata = pageMetadata({ description: site.description, path: permalinks.home() })

export default function HomePage() {
  const entries = getEntries()
  const topics = getListedTopics()
  const groups = topics.map((topic) => ({
    id: topic.slug,
    title: topic.title,
    href: topic.permalink,
    summary: topic.summary,
    entries: entriesOfTopic(topic.slug).map(toSearchDoc),
  }))

  return (
    <>
      <JsonLd
        json={collectionJsonLd({
          name: site.name,
          description: site.description,
          path: permalinks.home(),
          entries,
        })}
      />
      <div className="mb-8 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{site.name}</h1>
        <p className="mt-3 text-lg text-ink-soft">{site.description}</p>
        <p className="mt-2 text-sm text-muted">
          {entries.length} entries in {topics.length} topics.
        </p>
      </div>
      <RecentlyAdded entries={recentlyAdded(6)} />
      <DirectorySearch {...searchIslandProps(entries)} scopeLabel={`all ${entries.length} entries`}>
        <GroupedEntries groups={groups} />
      </DirectorySearch>
    </>
  )
}
