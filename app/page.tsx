import type { Metadata } from 'next'

import { DirectorySearch } from '@/components/search/directory-search'
import { GroupedEntries } from '@/components/entry/grouped-entries'
import { JsonLd } from '@/components/layout/json-ld'
import { RecentlyAdded } from '@/components/entry/recently-added'
import { entriesOfTopic, getEntries, getListedTopics, recentlyAdded } from '@/lib/content/catalog'
import { collectionJsonLd, pageMetadata } from '@/lib/content/metadata'
import { permalinks } from '@/lib/schema/permalinks'
import { searchSetup, toSearchDoc } from '@/lib/content/search-data'
import { site } from '@/lib/site'

export const metadata: Metadata = pageMetadata({ description: site.description, path: permalinks.home() })

/**
 * The home page shows each topic's first few entries and links to the rest, whatever the catalogue's
 * size: a card for every entry in each of its topics makes a heavy page that holds up a phone's main thread.
 */
const HOME_TOPIC_PREVIEW = 3
const RECENTLY_ADDED_SHOWN = 6

export default function HomePage() {
  const entries = getEntries()
  const topics = getListedTopics()
  const groups = topics.map((topic) => {
    const inTopic = entriesOfTopic(topic.slug)
    return { ...topic, total: inTopic.length, entries: inTopic.slice(0, HOME_TOPIC_PREVIEW).map(toSearchDoc) }
  })
  const shown = [...new Map(groups.flatMap((group) => group.entries).map((doc) => [doc.slug, doc])).values()]

  return (
    <>
      <JsonLd
        json={collectionJsonLd({
          name: site.name,
          description: site.description,
          path: permalinks.home(),
          entries: shown,
        })}
      />
      <div className="mb-4 max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{site.name}</h1>
        <p className="mt-1 text-ink-soft">
          {site.tagline} {entries.length} entries in {topics.length} topics.
        </p>
      </div>
      <DirectorySearch
        {...searchSetup(entries)}
        scopeLabel={`all ${entries.length} entries`}
        placeholder="Try “caching”, “pgbouncer” or “instagram”"
      >
        <RecentlyAdded entries={recentlyAdded(RECENTLY_ADDED_SHOWN).map(toSearchDoc)} />
        <GroupedEntries groups={groups} />
      </DirectorySearch>
    </>
  )
}
