'use client'

import { facetSpec, valueLabel, type FacetPanel } from '@/lib/search/facets'
import { permalinks } from '@/lib/schema/permalinks'
import type { WayOut } from '@/lib/search/suggest'

import { SiteLink } from '../layout/site-link'
import { quoted } from './quoted'
import { serializeState, type DirectoryState } from '@/lib/search/url-state'

type Props = {
  ways: WayOut[] | null
  query: string
  /** The query's words no entry mentions, named so the reader knows why. */
  missing: string[]
  facets: FacetPanel[]
  onApply: (state: DirectoryState) => void
  onClear: () => void
}

const matches = (count: number) => `${count} ${count === 1 ? 'match' : 'matches'}`

const chipClass =
  'inline-flex items-center gap-2 rounded-md border border-line-strong bg-card px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent'

/** Nothing matches: say so, and offer each way out that would give results, with its count. */
export function EmptyResults({ ways, query, missing, facets, onApply, onClear }: Props) {
  const labelOf = (way: Extract<WayOut, { kind: 'drop-filter' }>) =>
    way.values.map((value) => valueLabel(facets, way.facet, value)).join(' or ')
  return (
    <div
      className="rounded-lg border border-dashed border-line-strong bg-card p-6 sm:p-8"
      data-testid="empty-results"
    >
      <p className="font-medium">Nothing matches your search and filters.</p>
      {missing.length > 0 && (
        <p className="mt-1 text-sm" data-testid="missing-words">
          No entry mentions {quoted(missing, 'or')}.
        </p>
      )}
      {ways && ways.length > 0 ? (
        <>
          <p className="mt-1 text-sm text-muted">Try one of these instead:</p>
          <ul className="mt-3 flex flex-wrap gap-2" aria-label="Ways out">
            {ways.map((way) => {
              const key = `${way.kind}-${'facet' in way ? way.facet : ''}-${'replacement' in way ? way.replacement : ''}`
              if (way.kind === 'leave-scope') {
                const everything =
                  way.facet === 'topic' ? 'all topics' : `all ${facetSpec(way.facet).legend.toLowerCase()}s`
                return (
                  <li key={key}>
                    <SiteLink href={`${permalinks.home()}${serializeState(way.state)}`} className={chipClass}>
                      Search {everything}: {matches(way.count)}
                    </SiteLink>
                  </li>
                )
              }
              const text =
                way.kind === 'did-you-mean' ? (
                  <>
                    Did you mean “{way.state.q}”? {matches(way.count)}
                  </>
                ) : way.kind === 'drop-query' ? (
                  <>
                    {matches(way.count)} without “{query}”
                  </>
                ) : (
                  <>
                    {matches(way.count)} without {labelOf(way)}
                  </>
                )
              return (
                <li key={key}>
                  <button type="button" onClick={() => onApply(way.state)} className={chipClass}>
                    {text}
                  </button>
                </li>
              )
            })}
          </ul>
        </>
      ) : (
        <p className="mt-1 text-sm text-muted">Check the spelling, or widen the filters.</p>
      )}
      <button
        type="button"
        onClick={onClear}
        className="mt-4 rounded-md bg-accent-solid px-4 py-2 text-sm font-medium text-white hover:bg-accent-solid-hover"
      >
        Clear search and filters
      </button>
    </div>
  )
}
