import Link from 'next/link'
import type { ComponentProps } from 'react'

import type { Pagination } from '@/lib/pagination'
import type { SearchDoc } from '@/lib/search/model'

import { DirectorySearch } from '../search/directory-search'
import { EntryList } from '../entry/entry-list'
import { JsonLd } from '../layout/json-ld'
import { PaginationNav } from '../layout/pagination-nav'

type Props = {
  /** The page's JSON-LD, already serialised. */
  jsonLd: string
  /** The index page one level up: "Topics" or "Media types". */
  parent: { label: string; href: string }
  title: string
  summary: string
  /** Sanitised HTML (contentlayer builds it through lib/schema/markdown.ts), shown under the summary. */
  introHtml?: string
  search: Omit<ComponentProps<typeof DirectorySearch>, 'children'>
  /** This static page's entries. */
  entries: SearchDoc[]
  pagination: Pagination & { hrefOf: (page: number) => string }
}

/** A topic's or a media type's page: its heading, then one static page of entries with search over all. */
export function CollectionListing({
  jsonLd,
  parent,
  title,
  summary,
  introHtml,
  search,
  entries,
  pagination,
}: Props) {
  return (
    <>
      <JsonLd json={jsonLd} />
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link href={parent.href} className="hover:underline">
          {parent.label}
        </Link>{' '}
        / <span aria-current="page">{title}</span>
      </nav>
      <div className="mb-8 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <p className="mt-2 text-lg text-ink-soft">{summary}</p>
        {introHtml === undefined ? null : (
          <div
            className="prose-intro mt-4 leading-relaxed text-ink-soft"
            dangerouslySetInnerHTML={{ __html: introHtml }}
          />
        )}
      </div>
      <DirectorySearch {...search}>
        <EntryList entries={entries} headingLevel="h2" />
        <PaginationNav {...pagination} />
      </DirectorySearch>
    </>
  )
}
