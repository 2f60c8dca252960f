import type { Metadata } from 'next'

import { pageMetadata } from '@/lib/content/metadata'

import { MediaTypeBadge } from '@/components/entry/media-type-badge'
import { SiteLink } from '@/components/layout/site-link'
import { entriesOfType, getListedTypes } from '@/lib/content/catalog'
import { mediaTypeLabel } from '@/lib/schema/media-types'
import { permalinks } from '@/lib/schema/permalinks'

export const metadata: Metadata = pageMetadata({
  title: 'Media types',
  description:
    'Browse the Awesome Django Scale directory by media type: repositories, articles, audio, video.',
  path: permalinks.types(),
})

export default function TypesPage() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Media types</h1>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {getListedTypes().map((type) => {
          const count = entriesOfType(type).length
          return (
            <li key={type} className="rounded-lg border border-line bg-card p-4 shadow-sm">
              <h2 className="flex items-center justify-between gap-2 text-lg font-semibold">
                <SiteLink href={permalinks.type(type)} className="hover:text-accent hover:underline">
                  {mediaTypeLabel(type, 'plural')}
                </SiteLink>
                <MediaTypeBadge type={type} />
              </h2>
              <p className="mt-1 text-sm text-muted">
                {count} {count === 1 ? 'entry' : 'entries'}
              </p>
            </li>
          )
        })}
      </ul>
    </>
  )
}
