import type { ComponentProps } from 'react'

import type { FeedLink } from '@/lib/schema/permalinks'
import type { Pagination } from '@/lib/pagination'
import type { SearchDoc } from '@/lib/search/search-doc'

import { DirectorySearch } from '../search/directory-search'
import { EntryList } from '../entry/entry-list'
import { FeedLinks } from '../layout/feed-links'
import { JsonLd } from '../layout/json-ld'
import { SiteLink } from '../layout/site-link'
import { PaginationNav } from '../layout/pagination-nav'

type Props = {
  /** The page's JSON-LD, already serialised. */
  jsonLd: string
  /** The index page one level up: "Topics" or "Media types". */
  parent: { label: string; href: string }
  title: string
  summary: string
  /** The page's own feeds, linked under its heading. */
  feed: FeedLink
  /** Sanitised HTML (the content build makes it with lib/schema/markdown.ts), shown under the summary. */
  introHtml?: string
  search: Omit<ComponentProps<typeof DirectorySearch>, 'children'>
  /** This static page's entries. */
  entries: SearchDoc[]
  pagination: Pagination & { hrefOf: (page: number) => string }
  /** The page's ready-made comparison, when it has one: its address and what it compares. */
  comparison?: { href: string; label: string }
}

/** A topic's or a media type's page: its heading, then one static page of entries with search over all. */
export function CollectionListing({
  jsonLd,
  parent,
  title,
  summary,
  feed,
  introHtml,
  search,
  entries,
  pagination,
  comparison,
}: Props) {
  return (
    <>
      <JsonLd json={jsonLd} />
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <SiteLink href={parent.href} className="hover:underline">
          {parent.label}
        </SiteLink>{' '}
        / <span aria-current="page">{title}</span>
      </nav>
      <div className="mb-4 grid max-w-3xl gap-1">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
        <p className="text-ink-soft">{summary}</p>
        <FeedLinks feed={feed} />
        {comparison && (
          <p className="text-sm">
            <SiteLink href={comparison.href} className="font-medium text-accent hover:underline">
              {comparison.label} <span aria-hidden="true">→</span>
            </SiteLink>
          </p>
        )}
      </div>
      <DirectorySearch {...search}>
        {/* The introduction is folded away with the full list while a search is shown. */}
        {introHtml === undefined ? null : (
          <div
            className="prose-intro mb-8 max-w-3xl leading-relaxed text-ink-soft"
            dangerouslySetInnerHTML={{ __html: introHtml }}
          />
        )}
        <EntryList entries={entries} headingLevel="h2" />
        <PaginationNav {...pagination} />
      </DirectorySearch>
    </>
  )
}
