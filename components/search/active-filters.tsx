'use client'

import { FACETS, valueLabel, type FacetFilters, type FacetKey, type FacetPanel } from '@/lib/search/facets'

type Props = {
  facets: FacetPanel[]
  selected: FacetFilters
  onRemove: (facet: FacetKey, value: string) => void
}

/** The ticked filters as chips, each removed with one click, so a shared link shows what it applied. */
export function ActiveFilters({ facets, selected, onRemove }: Props) {
  // Every facet of the state, not only those the page offers: a shared link may carry any of them.
  const chips = FACETS.flatMap((facet) =>
    selected[facet.key].map((value) => ({
      facet,
      value,
      label: valueLabel(facets, facet.key, value),
    })),
  )
  if (chips.length === 0) return null
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-2">
      {chips.map(({ facet, value, label }) => (
        <li key={`${facet.key}-${value}`}>
          <button
            type="button"
            onClick={() => onRemove(facet.key, value)}
            aria-label={`Remove filter ${facet.legend}: ${label}`}
            className="inline-flex items-center gap-1.5 rounded-full border border-accent bg-accent-soft px-3 py-1 text-sm text-accent hover:bg-card"
          >
            <span className="text-xs">{facet.legend}:</span> {label}
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
