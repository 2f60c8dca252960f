import type { Metadata } from 'next'

import { SiteLink } from '@/components/layout/site-link'
import { PageLinks } from '@/components/layout/page-links'
import { getListedTopics } from '@/lib/content/catalog'
import { permalinks } from '@/lib/schema/permalinks'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-ink-soft">
        There is nothing at this address. The entry may have moved, or the link may be mistyped.
      </p>
      <p className="mt-4">
        <SiteLink href={permalinks.home()} className="font-medium text-accent hover:underline">
          Go to the home page and search the directory
        </SiteLink>
      </p>
      <h2 className="mt-8 text-lg font-semibold">Browse by topic</h2>
      <PageLinks pages={getListedTopics()} className="mt-2 grid gap-1 sm:grid-cols-2" />
    </div>
  )
}
