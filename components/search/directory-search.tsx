'use client'

import { useMemo, useRef, useState, type ReactNode } from 'react'

import type { FacetOption } from '@/lib/content/catalog'
import type { MediaType } from '@/lib/schema/media-types'
import { effectiveSort, runSearch, type SearchScope } from '@/lib/search/model'
import {
  EMPTY_STATE,
  isEmptyState,
  normalizeQuery,
  serializeState,
  toggleValue,
  type DirectoryState,
  type SortKey,
} from '@/lib/search/url-state'
import { useHydrated } from '@/hooks/use-hydrated'
import { useSearchCorpus, type SearchDataUrls } from '@/hooks/use-search-corpus'
import { useSearchShortcuts } from '@/hooks/use-search-shortcuts'
import { flushTyping, useUrlState } from '@/hooks/use-url-state'

import { FacetGroup } from './facet-group'
import { SearchResults } from './search-results'

type Props = {
  searchData: SearchDataUrls
  knownTopics: string[]
  topicOptions: FacetOption[]
  typeOptions: FacetOption[]
  scope?: SearchScope
  /** What the search covers, for the label: "all 56 entries", "the 9 entries on Caching". */
  scopeLabel: string
  /** The server-rendered list, shown until a visitor searches, filters or sorts. */
  children: ReactNode
}

const SORT_LABELS: Record<SortKey, string> = {
  relevance: 'Relevance',
  title: 'Title',
  added: 'Recently added',
  published: 'Published date',
}

/** Live search, filters and sorting over a server-rendered list that works without JavaScript. */
export function DirectorySearch({
  searchData,
  knownTopics,
  topicOptions,
  typeOptions,
  scope,
  scopeLabel,
  children,
}: Props) {
  const [state, setState] = useUrlState(knownTopics)
  const [engaged, setEngaged] = useState(false)
  // What the visitor typed, spaces included; the URL keeps it normalised. Shown while the two agree.
  const [typed, setTyped] = useState('')
  const inputValue = normalizeQuery(typed) === state.q ? typed : state.q
  const [filtersOpen, setFiltersOpen] = useState(false)
  const hydrated = useHydrated()
  const searchInput = useRef<HTMLInputElement>(null)
  useSearchShortcuts(searchInput)

  const active = !isEmptyState(state)
  const { engine, failed } = useSearchCorpus(searchData, active || engaged)
  const outcome = useMemo(
    () => (engine && active ? runSearch(engine, state, scope) : null),
    [engine, active, state, scope],
  )

  const update = (change: Partial<DirectoryState>, kind: 'typing' | 'filter') =>
    setState({ ...state, ...change }, kind)
  const clear = () => setState(EMPTY_STATE, 'filter')
  const withLiveCounts = (options: FacetOption[], counts: Record<string, number> | undefined) =>
    options.map((option) => ({ ...option, count: counts ? (counts[option.value] ?? 0) : option.count }))

  const query = state.q.trim()
  const sortChoices = sortChoicesFor(query)
  const selectedFilters = state.topics.length + state.types.length
  const status = !active
    ? ''
    : failed
      ? 'Search could not be loaded; the full list is shown below.'
      : !outcome
        ? 'Searching…'
        : `${outcome.hits.length} ${outcome.hits.length === 1 ? 'entry matches' : 'entries match'}${
            query ? ` “${query}”` : ''
          }`

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <div className="lg:col-span-2">
        <form
          role="search"
          onSubmit={(event) => {
            event.preventDefault()
            flushTyping()
          }}
          data-ready={hydrated}
          className="grid gap-1"
        >
          <label htmlFor="directory-search" className="text-sm font-medium text-ink-soft">
            Search {scopeLabel}
          </label>
          <div className="relative">
            <input
              ref={searchInput}
              id="directory-search"
              type="search"
              value={inputValue}
              onChange={(event) => {
                setTyped(event.target.value)
                update({ q: event.target.value }, 'typing')
              }}
              onFocus={() => setEngaged(true)}
              onBlur={flushTyping}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && inputValue) {
                  event.preventDefault()
                  update({ q: '' }, 'filter')
                } else if (event.key === 'ArrowDown') {
                  const first = document.querySelector<HTMLAnchorElement>(
                    '[data-testid="results"] a[data-result-link]',
                  )
                  if (first) {
                    event.preventDefault()
                    first.focus()
                  }
                }
              }}
              placeholder="Try “caching”, “pgbouncer” or “instagram”"
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              aria-describedby="search-hint"
              className="w-full rounded-lg border border-line-strong bg-card px-4 py-3 pr-20 text-base text-ink shadow-sm placeholder:text-faint focus:border-accent focus:outline-none"
            />
            <kbd
              aria-hidden="true"
              className="pointer-events-none absolute top-1/2 right-3 hidden -translate-y-1/2 rounded border border-line px-1.5 text-xs text-muted sm:block"
            >
              /
            </kbd>
          </div>
          <p id="search-hint" className="sr-only">
            Results update as you type. Press the down arrow to move through them and Enter to open one;
            Escape clears the search.
          </p>
        </form>
        <noscript>
          <p className="mt-2 text-sm text-muted">
            Live search needs JavaScript; every entry is listed below, and the topic pages work without it.
          </p>
        </noscript>
      </div>

      <div className="grid content-start gap-4">
        <button
          type="button"
          className="flex items-center justify-between rounded-md border border-line-strong bg-card px-3 py-2 text-sm font-medium text-ink-soft lg:hidden"
          aria-expanded={filtersOpen}
          aria-controls="directory-filters"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          <span>Filters{selectedFilters > 0 ? ` (${selectedFilters} selected)` : ''}</span>
          <span aria-hidden="true">{filtersOpen ? '▴' : '▾'}</span>
        </button>
        <aside
          id="directory-filters"
          aria-label="Filters"
          className={`${filtersOpen ? 'grid' : 'hidden'} content-start gap-6 lg:grid`}
        >
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
      </div>

      <section aria-label="Entries" className="min-w-0">
        <div className="mb-4 flex min-h-9 flex-wrap items-center justify-between gap-3">
          <p role="status" aria-live="polite" className="text-sm text-ink-soft" data-testid="result-status">
            {status}
          </p>
          <div className="flex items-center gap-3">
            <label className="flex items-center gap-2 text-sm text-ink-soft">
              Sort by
              <select
                value={effectiveSort(state)}
                onChange={(event) => {
                  const chosen = event.target.value as SortKey
                  update(
                    { sort: chosen === effectiveSort({ ...state, sort: null }) ? null : chosen },
                    'filter',
                  )
                }}
                className="rounded-md border border-line-strong bg-card px-2 py-1.5 text-sm text-ink"
              >
                {sortChoices.map((key) => (
                  <option key={key} value={key}>
                    {SORT_LABELS[key]}
                  </option>
                ))}
              </select>
            </label>
            {active && (
              <button
                type="button"
                onClick={clear}
                className="rounded-md border border-line-strong bg-card px-3 py-1.5 text-sm font-medium text-ink-soft hover:bg-chip"
              >
                Clear
              </button>
            )}
          </div>
        </div>
        {outcome ? (
          <SearchResults
            searchKey={serializeState(state)}
            hits={outcome.hits}
            searchInput={searchInput}
            onClear={clear}
          />
        ) : (
          children
        )}
      </section>
    </div>
  )
}

/** Relevance only means something while searching. */
function sortChoicesFor(query: string): SortKey[] {
  return query ? ['relevance', 'title', 'added', 'published'] : ['title', 'added', 'published']
}
