import type { Metadata } from 'next'
import { Suspense } from 'react'

import { CompareView } from '@/components/compare/compare-view'
import { TopicTables } from '@/components/compare/topic-tables'
import { compareDataParts, topicComparison, topicsWithComparison } from '@/lib/content/compare-data'
import { pageMetadata } from '@/lib/content/metadata'
import { MAX_COMPARED, MIN_COMPARED } from '@/lib/compare/address'
import { permalinks } from '@/lib/schema/permalinks'
import { withBasePath } from '@/lib/base-path'
import { site } from '@/lib/site'

export const metadata: Metadata = pageMetadata({
  title: 'Compare',
  description: `Put ${MIN_COMPARED} to ${MAX_COMPARED} packages, articles or talks side by side: latest release, maintenance, licence, stars and what supersedes them, from a link anyone can open.`,
  path: permalinks.compare(),
})

/**
 * `/compare/?e=slug-a,slug-b`: the entries to compare are in the address, which only the browser reads,
 * so the table is drawn there. The static HTML says so and offers each topic's ready-made table.
 */
export default function ComparePage() {
  const tables = topicsWithComparison().map((topic) => {
    const { columns, packages } = topicComparison(topic)
    return { ...topic, href: permalinks.topicComparison(topic.slug), packages, shown: columns.length }
  })
  const dataUrls = compareDataParts().map((_, part) => withBasePath(permalinks.compareData(part)))
  return (
    <>
      {/* useSearchParams: the page is rendered without an address, the table once the browser has one.
          The island mark keeps React's scripts on this page (tools/site/prune-export.mjs). */}
      <div data-island>
        <Suspense fallback={<h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Compare</h1>}>
          <CompareView dataUrls={dataUrls} siteName={site.name} />
        </Suspense>
      </div>
      <noscript>
        <p className="mt-4 max-w-3xl text-ink-soft" data-testid="compare-needs-javascript">
          This page reads the entries to compare from its address, and that needs JavaScript, which is off.
          The tables below need none: each puts one topic’s packages side by side.
        </p>
      </noscript>
      <TopicTables tables={tables} />
    </>
  )
}
