'use client'

import { SiteLink } from '@/components/layout/site-link'
import { useId, useState } from 'react'

import { compareHref, MAX_COMPARED, MIN_COMPARED } from '@/lib/compare/address'
import {
  clearComparePicks,
  toggleComparePick,
  useCompareAnnouncement,
  useComparePicks,
} from '@/hooks/use-compare-picks'

/**
 * What the reader has picked to compare, on every page: how many, each removable, and the way to the
 * comparison. Fixed to the bottom of the screen, with room kept below the page so that it covers nothing.
 */
export function CompareTray() {
  const picks = useComparePicks()
  const announcement = useCompareAnnouncement()
  const [open, setOpen] = useState(false)
  const listId = useId()

  return (
    <>
      {/* Present from the first paint, so that screen readers hear each change. */}
      <p role="status" className="sr-only" data-testid="compare-announcement">
        {announcement}
      </p>
      {picks.length > 0 && (
        <>
          <div aria-hidden="true" className="h-20" />
          <section
            aria-label="Comparison tray"
            className="fixed inset-x-0 bottom-0 z-40 border-t border-line-strong bg-card shadow-lg sm:inset-x-auto sm:right-4 sm:bottom-4 sm:w-80 sm:rounded-lg sm:border"
            data-compare-tray
          >
            <ul
              id={listId}
              hidden={!open}
              className="grid max-h-64 gap-1 overflow-y-auto border-b border-line p-3 text-sm"
            >
              {picks.map((pick) => (
                <li key={pick.slug} className="flex items-baseline justify-between gap-2">
                  <span className="min-w-0 truncate">{pick.title}</span>
                  <button
                    type="button"
                    onClick={() => toggleComparePick(pick)}
                    className="shrink-0 text-xs text-accent underline hover:no-underline"
                    aria-label={`Remove ${pick.title} from the comparison`}
                  >
                    Remove
                  </button>
                </li>
              ))}
              <li className="pt-1">
                <button
                  type="button"
                  onClick={() => {
                    clearComparePicks()
                    setOpen(false)
                  }}
                  className="text-xs text-accent underline hover:no-underline"
                >
                  Remove all
                </button>
              </li>
            </ul>
            <div className="flex items-center justify-between gap-3 px-3 py-2">
              <button
                type="button"
                aria-expanded={open}
                aria-controls={listId}
                onClick={() => setOpen(!open)}
                className="inline-flex h-9 items-center gap-1.5 rounded-md border border-line px-2.5 text-sm text-ink-soft hover:bg-chip"
              >
                {picks.length} of {MAX_COMPARED} picked
                <span aria-hidden="true">{open ? '▾' : '▴'}</span>
              </button>
              {picks.length >= MIN_COMPARED ? (
                <SiteLink
                  href={compareHref(picks.map((pick) => pick.slug))}
                  className="inline-flex h-9 items-center rounded-md bg-accent-solid px-3 text-sm font-medium text-white hover:bg-accent-solid-hover"
                >
                  Open comparison <span aria-hidden="true">&nbsp;→</span>
                </SiteLink>
              ) : (
                <span className="text-sm text-muted">Pick one more</span>
              )}
            </div>
          </section>
        </>
      )}
    </>
  )
}
