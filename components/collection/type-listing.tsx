import Link from 'next/link'

import { entriesOfType } from '@/lib/content/catalog'
import { mediaTypeLabel, type MediaType } from '@/lib/schema/media-types'
import { typeFeed } from '@/lib/content/feeds'
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

export function typeDescription(type: MediaType) {
  return `${mediaTypeLabel(type, 'plural')} about running Django at scale: caching, databases, task queues, servers and case studies.`
}

/** A media type's page: one static page of its entries with search over all of them. */
export function TypeListing({ type, page }: { type: MediaType; page: number }) {
  const entries = entriesOfType(type)
  const shown = pageOf(entries, page)
  const label = mediaTypeLabel(type, 'plural')
  const path = permalinks.type(type, page)
  return (
    <>
      <JsonLd
        json={collectionJsonLd({ name: label, description: typeDescription(type), path, entries: shown })}
      />
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link href={permalinks.types()} className="hover:underline">
          Media types
        </Link>{' '}
        / <span aria-current="page">{label}</span>
      </nav>
      <div className="mb-4 grid max-w-3xl gap-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
        <p className="text-ink-soft">
          {entries.length} {entries.length === 1 ? 'entry' : 'entries'} about running Django at scale.
        </p>
        <FeedLinks feed={typeFeed(type)} />
      </div>
      <DirectorySearch
        {...searchIslandProps(entries, { type })}
        scopeLabel={`the ${entries.length} ${label.toLowerCase()}`}
        placeholder={`Search ${label.toLowerCase()}: a title, an author, a host…`}
      >
        <EntryList entries={shown.map(toSearchDoc)} headingLevel="h2" />
        <PaginationNav
          page={page}
          pageCount={pageCount(entries.length)}
          hrefOf={(number) => permalinks.type(type, number)}
        />
      </DirectorySearch>
    </>
  )
}
