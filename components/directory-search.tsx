'use client'

import { useMemo, useState, type ReactNode } from 'react'

import type { FacetOption } from '@/lib/catalog'
import type { MediaType } from '@/lib/media-types'
import { runSearch, type SearchScope } from '@/lib/search'
import { EMPTY_STATE, isEmptyState, toggleValue, type DirectoryState } from '@/lib/url-state'
import { useHydrated } from '@/lib/use-hydrated'
import { useSearchCorpus } from '@/lib/use-search-corpus'
import { useUrlState } from '@/lib/use-url-state'

import { EntryCard } from './entry-card'
import { FacetGroup } from './facet-group'

type Props = {
  searchDataUrl: string
  knownTopics: string[]
  topicOptions: FacetOption[]
  typeOptions: FacetOption[]
  scope?: SearchScope
  /** What the search covers, for the placeholder: "all 55 entries", "Caching". */
  scopeLabel: string
  /** The server-rendered list, shown until a visitor searches or filters. */
  children: ReactNode
}

/** Live search and filters over a server-rendered list: the list works without JavaScript. */
export function DirectorySearch({
  searchDataUrl,
  knownTopics,
  topicOptions,
  typeOptions,
  scope,
  scopeLabel,
  children,
}: Props) {
  const [state, setState] = useUrlState(knownTopics)
  const [engaged, setEngaged] = useState(false)
  const hydrated = useHydrated()
  const active = !isEmptyState(state)
  const { corpus, failed } = useSearchCorpus(searchDataUrl, active || engaged)

  const outcome = useMemo(
    () => (corpus && active ? runSearch(corpus.searcher, corpus.docs, state, scope) : null),
    [corpus, active, state, scope],
  )

  const update = (change: Partial<DirectoryState>, kind: 'typing' | 'filter') =>
    setState({ ...state, ...change }, kind)
  const clear = () => setState(EMPTY_STATE, 'filter')

  const withLiveCounts = (options: FacetOption[], counts: Record<string, number> | undefined) =>
    options.map((option) => ({ ...option, count: counts ? (counts[option.value] ?? 0) : option.count }))

  const resultCount = outcome?.hits.length ?? 0
  const status = !active
    ? null
    : failed
      ? 'Search could not be loaded; the full list is shown below.'
      : !outcome
        ? 'Searching…'
        : `${resultCount} ${resultCount === 1 ? 'entry matches' : 'entries match'}${
            state.q.trim() ? ` “${state.q.trim()}”` : ''
          }`

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <div className="lg:col-span-2">
        <form
          role="search"
          onSubmit={(event) => event.preventDefault()}
          className="relative"
          data-ready={hydrated}
        >
          <label htmlFor="directory-search" className="mb-1 block text-sm font-medium text-stone-700">
            Search {scopeLabel}
          </label>
          <input
            id="directory-search"
            type="search"
            value={state.q}
            onChange={(event) => update({ q: event.target.value }, 'typing')}
            onFocus={() => setEngaged(true)}
            placeholder="Try “caching”, “pgbouncer” or “instagram”"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            className="w-full rounded-lg border border-stone-300 bg-white px-4 py-3 text-base shadow-sm placeholder:text-stone-400 focus:border-emerald-600 focus:outline-none"
          />
        </form>
        <noscript>
          <p className="mt-2 text-sm text-stone-600">
            Live search needs JavaScript; every entry is listed below, and the topic pages work without it.
          </p>
        </noscript>
      </div>

      <aside aria-label="Filters" className="grid content-start gap-6">
        {topicOptions.length > 0 && (
          <FacetGroup
            legend="Topic"
            name="topic"
            options={withLiveCounts(topicOptions, outcome?.topicCounts)}
            selected={state.topics}
            onToggle={(value) => update({ topics: toggleValue(state.topics, value) }, 'filter')}
          />
        )}
        {typeOptions.length > 0 && (
          <FacetGroup
            legend="Media type"
            name="type"
            options={withLiveCounts(typeOptions, outcome?.typeCounts)}
            selected={state.types}
            onToggle={(value) => update({ types: toggleValue(state.types, value as MediaType) }, 'filter')}
          />
        )}
      </aside>

      <section aria-label="Entries" className="min-w-0">
        <div className="mb-4 flex min-h-9 flex-wrap items-center justify-between gap-2">
          <p role="status" aria-live="polite" className="text-sm text-stone-700" data-testid="result-status">
            {status}
          </p>
          {active && (
            <button
              type="button"
              onClick={clear}
              className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-100"
            >
              Clear
            </button>
          )}
        </div>
        {outcome ? (
          outcome.hits.length > 0 ? (
            <ul className="grid gap-4" data-testid="results">
              {outcome.hits.map((hit) => (
                <li key={hit.doc.slug}>
                  <EntryCard entry={hit.doc} matches={hit.matches} headingLevel="h2" />
                </li>
              ))}
            </ul>
          ) : (
            <div className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center">
              <p className="font-medium">Nothing matches your search and filters.</p>
              <p className="mt-1 text-sm text-stone-600">Check the spelling, or widen the filters.</p>
              <button
                type="button"
                onClick={clear}
                className="mt-4 rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
              >
                Clear search and filters
              </button>
            </div>
          )
        ) : (
          children
        )}
      </section>
    </div>
  )
}
