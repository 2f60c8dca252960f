'use client'

import { memo, useState, type KeyboardEvent, type Ref, type RefObject } from 'react'

import { useAfterPaint } from '@/hooks/use-after-paint'

import type { Hit } from '@/lib/search/search-doc'

import { EntryCard } from '../entry/entry-card'

const RESULTS_PAGE_SIZE = 20
/**
 * The cards a first screen shows at most: they follow each keystroke at once, and the rest of the page
 * follows once that frame is painted.
 */
const FIRST_SCREEN = 6

type Props = {
  hits: Hit[]
  /** Changes when the search does: the list then starts again from its first page. */
  searchKey: string
  searchInput: RefObject<HTMLInputElement | null>
  /** The first result's link, for ArrowDown in the search box. */
  firstLinkRef: RefObject<HTMLAnchorElement | null>
  /** h3 under a heading of their own (close matches). */
  headingLevel: 'h2' | 'h3'
}

/** The matching entries, the first page at once and more on request; ↑/↓ move between them. */
export function SearchResults({ hits, searchKey, searchInput, firstLinkRef, headingLevel }: Props) {
  // Kept with the search it belongs to, so a new search shows one page again without remounting the list.
  const [paging, setPaging] = useState({ searchKey, shown: RESULTS_PAGE_SIZE })
  const shown = paging.searchKey === searchKey ? paging.shown : RESULTS_PAGE_SIZE

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')]
    const index = links.indexOf(document.activeElement as HTMLAnchorElement)
    if (index === -1) return
    event.preventDefault()
    if (event.key === 'ArrowUp' && index === 0) searchInput.current?.focus()
    else links[event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1]?.focus()
  }

  const later = useAfterPaint(hits)
  const first = hits.slice(0, Math.min(FIRST_SCREEN, shown))
  const onFirstScreen = new Set(first.map((hit) => hit.doc.slug))
  // Until the rest catches up, the places below the first screen keep their cards, but never more
  // of them than the new results fill.
  const rest = later
    .slice(first.length, Math.min(shown, hits.length))
    .filter((hit) => !onFirstScreen.has(hit.doc.slug))

  return (
    <>
      <ul className="grid gap-4" data-testid="results" onKeyDown={onKeyDown}>
        {/* Keyed by place: a new search rewrites the cards already on screen (their text, links and
            marks) instead of taking them down and building new ones. */}
        {[...first, ...rest].map((hit, place) => (
          <ResultItem
            key={place}
            hit={hit}
            headingLevel={headingLevel}
            linkRef={place === 0 ? firstLinkRef : undefined}
          />
        ))}
      </ul>
      {hits.length > shown && (
        <button
          type="button"
          onClick={() => setPaging({ searchKey, shown: shown + RESULTS_PAGE_SIZE })}
          className="mt-6 w-full rounded-md border border-line-strong bg-card px-4 py-2 text-sm font-medium text-ink-soft hover:bg-chip"
        >
          Show {Math.min(RESULTS_PAGE_SIZE, hits.length - shown)} more of {hits.length - shown}
        </button>
      )}
    </>
  )
}

/** One card; skipped when its hit is the same object as last time (answers are remembered per query). */
const ResultItem = memo(function ResultItem({
  hit,
  headingLevel,
  linkRef,
}: {
  hit: Hit
  headingLevel: 'h2' | 'h3'
  linkRef?: Ref<HTMLAnchorElement>
}) {
  return (
    <li>
      <EntryCard entry={hit.doc} matches={hit.matches} headingLevel={headingLevel} linkRef={linkRef} />
    </li>
  )
})
