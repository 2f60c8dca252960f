'use client'

import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react'

import type { FacetVocabulary } from '../lib/search/facets'
import { parseState, serializeState, type DirectoryState } from '../lib/search/url-state'

export type ChangeKind = 'typing' | 'filter'

/**
 * How long typing must pause before the address bar follows. Every history write makes the browser
 * fetch the page's icon again and Next.js re-render its router, which costs more than the search
 * itself; the results follow each key at once from memory.
 */
const TYPING_WRITE_DELAY_MS = 300

/** The directory state as the page shows it: the address bar's, or what was typed since. */
const store = {
  /** What was typed since the address bar was last read, for the page it was typed on. */
  typed: null as { pathname: string; search: string } | null,
  listeners: new Set<() => void>(),
  pendingWrite: null as { timer: ReturnType<typeof setTimeout>; url: string } | null,
  lastWritten: null as ChangeKind | null,
}

const notify = () => store.listeners.forEach((listener) => listener())

function subscribe(onChange: () => void) {
  store.listeners.add(onChange)
  const onPopState = () => {
    cancelPendingWrite()
    store.typed = null
    store.lastWritten = null
    notify()
  }
  window.addEventListener('popstate', onPopState)
  return () => {
    store.listeners.delete(onChange)
    window.removeEventListener('popstate', onPopState)
  }
}

const readSearch = () =>
  store.typed?.pathname === window.location.pathname ? store.typed.search : window.location.search
// The static HTML is rendered for the bare URL; the address bar's state is applied after hydration.
const readServerSearch = () => ''

function cancelPendingWrite() {
  if (store.pendingWrite) clearTimeout(store.pendingWrite.timer)
  store.pendingWrite = null
}

/** Typing replaces the history entry typing started; any other change adds one. */
function write(url: string, kind: ChangeKind) {
  if (kind === 'typing' && store.lastWritten === 'typing') window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  store.lastWritten = kind
}

/** Writes what was typed into the address bar now, if it is still waiting. */
export function flushTyping() {
  const pending = store.pendingWrite
  if (!pending) return
  cancelPendingWrite()
  write(pending.url, 'typing')
}

/**
 * The directory state, kept in the address bar so that it can be shared and so that back and
 * forward step through it.
 */
export function useUrlState(vocabulary: FacetVocabulary) {
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch)
  const state = useMemo(() => parseState(search, vocabulary), [search, vocabulary])

  useEffect(() => {
    // Leaving the page (a result's link, another tab) must not lose the last words typed.
    window.addEventListener('pagehide', flushTyping)
    return () => window.removeEventListener('pagehide', flushTyping)
  }, [])

  const setState = useCallback((next: DirectoryState, kind: ChangeKind) => {
    const nextSearch = serializeState(next)
    const url = `${window.location.pathname}${nextSearch}${window.location.hash}`
    store.typed = { pathname: window.location.pathname, search: nextSearch }
    if (kind === 'typing') {
      cancelPendingWrite()
      store.pendingWrite = { url, timer: setTimeout(flushTyping, TYPING_WRITE_DELAY_MS) }
    } else {
      flushTyping()
      write(url, kind)
    }
    notify()
  }, [])

  return [state, setState] as const
}
