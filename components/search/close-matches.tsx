'use client'

import type { ReactNode } from 'react'

import { quoted } from './quoted'

type Props = {
  query: string
  /** The query's words no entry mentions. */
  missing: string[]
  /** The close matches themselves, as a result list. */
  children: ReactNode
}

/** No entry matches the whole query: say which words nothing mentions, and label what is shown instead. */
export function CloseMatches({ query, missing, children }: Props) {
  return (
    <section aria-labelledby="close-matches-heading" data-testid="close-matches" className="grid gap-4">
      <div className="rounded-lg border border-dashed border-line-strong bg-card p-4 text-sm">
        <p className="font-medium">No entry matches all of {quoted([query])}.</p>
        <p className="mt-1 text-muted" data-testid="missing-words">
          {missing.length > 0
            ? `No entry mentions ${quoted(missing, 'or')}: what follows matches only the rest of your search.`
            : 'What follows matches some of your words, not all of them.'}
        </p>
      </div>
      <h2 id="close-matches-heading" className="text-lg font-semibold">
        Close matches
      </h2>
      {children}
    </section>
  )
}
