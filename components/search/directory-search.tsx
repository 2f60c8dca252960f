'use client'

import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'

import type { FacetKey, FacetPanel, FacetVocabulary, SearchScope } from '@/lib/search/facets'
import { AWAITING_RESULTS } from '@/lib/search/fold-on-load'
import { effectiveSort, runSearch } from '@/lib/search/model'
import { waysOut } from '@/lib/search/suggest'
import {
  EMPTY_STATE,
  isEmptyState,
  normalizeQuery,
  serializeState,
  toggleValue,
  withFilter,
  type DirectoryState,
} from '@/lib/search/url-state'
import { useHydrated } from '@/hooks/use-hydrated'
import { useSearchCorpus, type SearchDataUrls } from '@/hooks/use-search-corpus'
import { useSearchShortcuts } from '@/hooks/use-search-shortcuts'
import { useUrlState } from '@/hooks/use-url-state'

import { ActiveFilters } from './active-filters'
import { CloseMatches } from './close-matches'
import { EmptyResults } from './empty-results'
import { FilterPanel } from './filter-panel'
import { ResultsToolbar } from './results-toolbar'
import { SearchBox } from './search-box'
import { SearchResults } from './search-results'

type Props = {
  searchData: SearchDataUrls
  /** The values the address bar may carry for facets without fixed choices (topics). */
  vocabulary: FacetVocabulary
  /** The facets this page offers, with the page's own counts. */
  facets: FacetPanel[]
  scope?: SearchScope
  /** What the search covers, for the label: "all 56 entries", "the 9 entries on Caching". */
  scopeLabel: string
  placeholder: string
  /** The inline script that folds the page before its first paint when the address asks for something. */
  foldScript: string
  /** The server-rendered page body, shown until a visitor searches, filters or sorts. */
  children: ReactNode
}

/** Live search, filters and sorting over a server-rendered list that works without JavaScript. */
export function DirectorySearch({
  searchData,
  vocabulary,
  facets,
  scope,
  scopeLabel,
  placeholder,
  foldScript,
  children,
}: Props) {
  const [state, setState] = useUrlState(vocabulary)
  const [engaged, setEngaged] = useState(false)
  // What the visitor typed, spaces included; the URL keeps it normalised. Shown while the two agree.
  const [typed, setTyped] = useState('')
  const inputValue = normalizeQuery(typed) === state.q ? typed : state.q
  const hydrated = useHydrated()
  const searchInput = useRef<HTMLInputElement>(null)
  const firstResult = useRef<HTMLAnchorElement>(null)
  const island = useRef<HTMLDivElement>(null)
  useSearchShortcuts(searchInput)

  const active = !isEmptyState(state)
  // Opened on a search (not typed into): the results are shown once, with the descriptions in.
  const { engine, settled, failed } = useSearchCorpus(searchData, active || engaged, active && !engaged)
  const outcome = useMemo(
    () => (engine && active ? runSearch(engine, state, scope) : null),
    [engine, active, state, scope],
  )
  const ways = useMemo(
    () => (engine && outcome?.hits.length === 0 ? waysOut(engine, state, scope) : null),
    [engine, outcome, state, scope],
  )
  const shown = outcome && (outcome.hits.length > 0 ? outcome.hits : outcome.close)

  // The page's script folded the page for a shared link before it was painted. The results are shown
  // once the descriptions are in too, since they lengthen the cards and may reorder them; if search
  // failed, the full list is shown.
  useLayoutEffect(() => {
    if (hydrated && (!active || settled)) island.current?.removeAttribute(AWAITING_RESULTS)
  }, [hydrated, active, settled])

  const apply = (next: DirectoryState) => setState(next, 'filter')
  const toggle = (key: FacetKey, value: string) =>
    apply(withFilter(state, key, toggleValue(state.filters[key], value)))
  const clear = () => apply(EMPTY_STATE)
  const query = state.q.trim()
  const status = !active
    ? ''
    : failed
      ? 'Search could not be loaded; the full list is shown below.'
      : !outcome
        ? 'Searching…'
        : outcome.hits.length === 0 && outcome.close.length > 0
          ? `No entry matches “${query}”: ${outcome.close.length} close ${outcome.close.length === 1 ? 'match' : 'matches'}`
          : `${outcome.hits.length} ${outcome.hits.length === 1 ? 'entry matches' : 'entries match'}${
              query ? ` “${query}”` : ''
            }`
  const results = outcome && shown && (
    <SearchResults
      searchKey={serializeState(state)}
      hits={shown}
      searchInput={searchInput}
      firstLinkRef={firstResult}
      headingLevel={outcome.hits.length === 0 ? 'h3' : 'h2'}
    />
  )

  return (
    // The island: the build keeps React's scripts on the pages that hold one (tools/site/prune-export.mjs).
    <div
      ref={island}
      data-island
      className="group/island grid gap-4 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-x-6"
    >
      <script dangerouslySetInnerHTML={{ __html: foldScript }} />
      <div className="lg:col-span-2">
        <SearchBox
          inputRef={searchInput}
          value={inputValue}
          label={`Search ${scopeLabel}`}
          placeholder={placeholder}
          ready={hydrated}
          onType={(value) => {
            setTyped(value)
            setState({ ...state, q: value }, 'typing')
          }}
          onFocus={() => setEngaged(true)}
          onEscape={() => apply({ ...state, q: '' })}
          onArrowDown={() => {
            firstResult.current?.focus()
            return firstResult.current !== null
          }}
        />
      </div>

      <FilterPanel facets={facets} selected={state.filters} counts={outcome?.counts} onToggle={toggle} />

      {/* Busy while the descriptions are still being added: counts may still grow. While a shared link
          waits for its results, this part is held invisible and the page's list folded away, so that the
          first frame is laid out as the settled page; its height keeps the footer from moving into view. */}
      <section
        aria-label="Entries"
        aria-busy={active && !settled}
        className={`grid min-w-0 content-start gap-4 group-data-awaiting-results/island:invisible group-data-awaiting-results/island:min-h-screen ${active ? 'min-h-screen' : ''}`}
      >
        <ResultsToolbar
          status={status}
          searching={Boolean(query)}
          sort={effectiveSort(state)}
          onSort={(chosen) =>
            apply({ ...state, sort: chosen === effectiveSort({ ...state, sort: null }) ? null : chosen })
          }
          onClear={active ? clear : null}
        />
        <ActiveFilters facets={facets} selected={state.filters} onRemove={toggle} />
        {outcome && shown?.length === 0 ? (
          <EmptyResults
            ways={ways}
            query={query}
            missing={outcome.missing}
            facets={facets}
            onApply={apply}
            onClear={clear}
          />
        ) : outcome && shown ? (
          outcome.hits.length === 0 ? (
            <CloseMatches query={query} missing={outcome.missing}>
              {results}
            </CloseMatches>
          ) : (
            results
          )
        ) : null}
        {/* Hidden rather than removed while results show: the first key of a search and clearing it
            would otherwise take down and rebuild a page of cards. */}
        <div hidden={outcome !== null} className="group-data-awaiting-results/island:hidden">
          {children}
        </div>
      </section>
    </div>
  )
}
