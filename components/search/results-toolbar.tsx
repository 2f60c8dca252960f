'use client'

import type { SortKey } from '@/lib/search/url-state'

const SORT_LABELS: Record<SortKey, string> = {
  relevance: 'Relevance',
  title: 'Title',
  added: 'Recently added',
  published: 'Published date',
  release: 'Last release',
}

type Props = {
  status: string
  /** Relevance is only offered while there is a query. */
  searching: boolean
  sort: SortKey
  onSort: (sort: SortKey) => void
  /** Shown while anything is asked of the directory. */
  onClear: (() => void) | null
}

/** Above the results: how many match (announced to screen readers), the order, and Clear. */
export function ResultsToolbar({ status, searching, sort, onSort, onClear }: Props) {
  const choices: SortKey[] = searching
    ? ['relevance', 'title', 'added', 'published', 'release']
    : ['title', 'added', 'published', 'release']
  return (
    <div className="flex min-h-9 flex-wrap items-center justify-between gap-x-3 gap-y-2">
      <p role="status" aria-live="polite" className="text-sm text-ink-soft" data-testid="result-status">
        {status}
      </p>
      <div className="flex items-center gap-3">
        <label className="flex items-center gap-2 text-sm text-ink-soft">
          Sort by
          <select
            value={sort}
            onChange={(event) => onSort(event.target.value as SortKey)}
            className="rounded-md border border-line-strong bg-card px-2 py-1.5 text-sm text-ink"
          >
            {choices.map((key) => (
              <option key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
        {onClear && (
          <button
            type="button"
            onClick={onClear}
            className="rounded-md border border-line-strong bg-card px-3 py-1.5 text-sm font-medium text-ink-soft hover:bg-chip"
          >
            Clear
          </button>
        )}
      </div>
    </div>
  )
}
