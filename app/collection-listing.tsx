import type { Entry } from '@/lib/content/catalog'
import { collectionJsonLd } from '@/lib/content/metadata'
import { searchSetup, toSearchDoc } from '@/lib/content/search-data'
import { pageCount, pageOf } from '@/lib/pagination'
import type { FeedLink } from '@/lib/schema/permalinks'
import type { SearchScope } from '@/lib/search/facets'

import { DirectorySearch } from '@/components/search/directory-search'
import { EntryList } from '@/components/entry/entry-list'
import { FeedLinks } from '@/components/layout/feed-links'
import { JsonLd } from '@/components/layout/json-ld'
import { SiteLink } from '@/components/layout/site-link'
import { PaginationNav } from '@/components/layout/pagination-nav'

type Props = {
  /** The index page one level up: "Topics" or "Media types". */
  parent: { label: string; href: string }
  title: string
  summary: string
  /** For the JSON-LD, when it is not the summary. */
  description?: string
  /** The page's own feeds, linked under its heading. */
  feed: FeedLink
  /** Sanitised HTML (the content build makes it with lib/schema/markdown.ts), shown under the summary. */
  introHtml?: string
  /** Every entry of the collection: search covers them all, this static page shows page `page`. */
  entries: readonly Entry[]
  search: { scope: SearchScope; scopeLabel: string; placeholder: string }
  page: number
  hrefOf: (page: number) => string
  /** The page's ready-made comparison, when it has one: its address and what it compares. */
  comparison?: { href: string; label: string }
}

/** A topic's or a media type's page: its heading, then one static page of entries with search over all. */
export function CollectionListing({
  parent,
  title,
  summary,
  description = summary,
  feed,
  introHtml,
  entries,
  search: { scope, scopeLabel, placeholder },
  page,
  hrefOf,
  comparison,
}: Props) {
  const shown = pageOf(entries, page)
  return (
    <>
      <JsonLd json={collectionJsonLd({ name: title, description, path: hrefOf(page), entries: shown })} />
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
      <DirectorySearch {...searchSetup(entries, scope)} scopeLabel={scopeLabel} placeholder={placeholder}>
        {/* The introduction is folded away with the full list while a search is shown. */}
        {introHtml === undefined ? null : (
          <div
            className="prose-intro mb-8 max-w-3xl leading-relaxed text-ink-soft"
            dangerouslySetInnerHTML={{ __html: introHtml }}
          />
        )}
        <EntryList entries={shown.map(toSearchDoc)} headingLevel="h2" />
        <PaginationNav page={page} pageCount={pageCount(entries.length)} hrefOf={hrefOf} />
      </DirectorySearch>
    </>
  )
}
