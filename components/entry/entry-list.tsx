'use client'

import { Suspense } from 'react'

import type { SearchDoc } from '@/lib/search/search-doc'

import { EntryCard } from './entry-card'

/**
 * A page's own list, rendered from its entries' data (a second copy of the cards' markup in the page's
 * payload would double its weight). Each card is its own Suspense boundary, so that React hydrates them
 * one by one after the page's shell, yielding between them, rather than in one long task; the build puts
 * the cards back in place in the HTML (tools/site/prune-export.mjs).
 */
export function EntryList({ entries, headingLevel }: { entries: SearchDoc[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ul className="grid gap-4">
      {entries.map((entry) => (
        <li key={entry.slug}>
          <Suspense>
            <EntryCard entry={entry} headingLevel={headingLevel} />
          </Suspense>
        </li>
      ))}
    </ul>
  )
}
