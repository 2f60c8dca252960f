'use client'

import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react'

import type { FacetVocabulary } from '../lib/search/facets'
import { parseState, serializeState, type DirectoryState } from '../lib/search/url-state'

const CHANGE_EVENT = 'directory:urlchange'

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

const readSearch = () => window.location.search
// The static HTML is rendered for the bare URL; the address bar's state is applied after hydration.
const readServerSearch = () => ''

export type ChangeKind = 'typing' | 'filter'

/**
 * The directory state, kept in the address bar so that it can be shared and so that back and
 * forward step through it. Typing replaces the current history entry; other changes push one.
 */
export function useUrlState(vocabulary: FacetVocabulary) {
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch)
  const state = useMemo(() => parseState(search, vocabulary), [search, vocabulary])
  const lastChange = useRef<ChangeKind | null>(null)

  const setState = useCallback((next: DirectoryState, kind: ChangeKind) => {
    const url = `${window.location.pathname}${serializeState(next)}${window.location.hash}`
    if (kind === 'typing' && lastChange.current === 'typing') window.history.replaceState(null, '', url)
    else window.history.pushState(null, '', url)
    lastChange.current = kind
    window.dispatchEvent(new Event(CHANGE_EVENT))
  }, [])

  return [state, setState] as const
}
