'use client'

import { useState } from 'react'

import type { FacetFilters, FacetKey, FacetPanel } from '@/lib/search/facets'

import { FacetGroup } from './facet-group'

type Props = {
  facets: FacetPanel[]
  selected: FacetFilters
  /** Live counts per facet and value while searching or filtering; the page's own counts otherwise. */
  counts: Record<FacetKey, Record<string, number>> | undefined
  onToggle: (facet: FacetKey, value: string) => void
}

/** Every facet the page offers, folded behind a button on small screens. */
export function FilterPanel({ facets, selected, counts, onToggle }: Props) {
  const [open, setOpen] = useState(false)
  const ticked = facets.reduce((sum, facet) => sum + selected[facet.key].length, 0)
  if (facets.length === 0) return null
  return (
    <div className="grid content-start gap-4">
      <button
        type="button"
        className="flex items-center justify-between rounded-md border border-line-strong bg-card px-3 py-2 text-sm font-medium text-ink-soft lg:hidden"
        aria-expanded={open}
        aria-controls="directory-filters"
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <span>Filters{ticked > 0 ? ` (${ticked} selected)` : ''}</span>
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <aside
        id="directory-filters"
        aria-label="Filters"
        className={`${open ? 'grid' : 'hidden'} content-start gap-6 lg:grid`}
      >
        {facets.map((facet) => (
          <FacetGroup
            key={facet.key}
            legend={facet.legend}
            name={facet.key}
            options={facet.options.map((option) => ({
              ...option,
              count: counts ? (counts[facet.key][option.value] ?? 0) : option.count,
            }))}
            selected={selected[facet.key]}
            onToggle={(value) => onToggle(facet.key, value)}
          />
        ))}
      </aside>
    </div>
  )
}
