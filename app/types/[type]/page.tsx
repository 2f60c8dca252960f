import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { DirectorySearch } from '@/components/directory-search'
import { EntryList } from '@/components/entry-list'
import { JsonLd } from '@/components/json-ld'
import { entriesOfType, getListedTypes } from '@/lib/catalog'
import { isMediaType, mediaTypeLabel } from '@/lib/media-types'
import { collectionJsonLd, pageMetadata } from '@/lib/metadata'
import { searchIslandProps } from '@/lib/page-data'
import { permalinks } from '@/lib/permalinks'
import { toSearchDoc } from '@/lib/search-docs'

type Props = { params: Promise<{ type: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getListedTypes().map((type) => ({ type }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { type } = await params
  if (!isMediaType(type)) return {}
  const label = mediaTypeLabel(type, 'plural')
  return pageMetadata({ title: label, description: typeDescription(label), path: permalinks.type(type) })
}

export default async function TypePage({ params }: Props) {
  const { type } = await params
  if (!isMediaType(type)) notFound()
  const entries = entriesOfType(type)
  const label = mediaTypeLabel(type, 'plural')

  return (
    <>
      <JsonLd
        json={collectionJsonLd({
          name: label,
          description: typeDescription(label),
          path: permalinks.type(type),
          entries,
        })}
      />
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link href={permalinks.types()} className="hover:underline">
          Media types
        </Link>{' '}
        / <span aria-current="page">{label}</span>
      </nav>
      <div className="mb-8 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{label}</h1>
        <p className="mt-2 text-lg text-ink-soft">
          {entries.length} {entries.length === 1 ? 'entry' : 'entries'} about running Django at scale.
        </p>
      </div>
      <DirectorySearch
        {...searchIslandProps(entries, { type })}
        scopeLabel={`the ${entries.length} ${label.toLowerCase()}`}
      >
        <EntryList entries={entries.map(toSearchDoc)} headingLevel="h2" />
      </DirectorySearch>
    </>
  )
}

function typeDescription(label: string) {
  return `${label} about running Django at scale: caching, databases, task queues, servers and case studies.`
}
