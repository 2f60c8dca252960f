'use client'

import { useSyncExternalStore } from 'react'

import {
  parsePicks,
  PICKS_STORAGE,
  serializePicks,
  toggleAnnouncement,
  togglePick,
  type Picked,
} from '../lib/compare/picks'

/**
 * The entries a reader has picked to compare, kept in localStorage so that they follow the reader from
 * page to page and tab to tab. Where storage is refused (a private window, a full quota) they last as
 * long as the page.
 */

const NOTHING_PICKED: Picked[] = []

const store = {
  listeners: new Set<() => void>(),
  /** The last text read, and the picks parsed from it: the same text gives the same array. */
  read: { raw: null as string | null, picks: NOTHING_PICKED },
  /** Used when localStorage throws. */
  fallback: null as string | null,
  /** The last change in words, for the tray's live region. */
  announcement: '',
}

const notify = () => store.listeners.forEach((listener) => listener())

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(PICKS_STORAGE.key)
  } catch {
    return store.fallback
  }
}

function writePicks(picks: readonly Picked[]) {
  const raw = serializePicks(picks)
  store.fallback = raw
  try {
    window.localStorage.setItem(PICKS_STORAGE.key, raw)
  } catch {
    // Storage refused: the fallback keeps the picks for this page.
  }
  // The header's Compare link (components/compare/compare-nav-link.tsx) follows.
  window.dispatchEvent(new Event(PICKS_STORAGE.changedEvent))
}

function currentPicks(): Picked[] {
  const raw = readRaw()
  if (raw !== store.read.raw) store.read = { raw, picks: parsePicks(raw) }
  return store.read.picks
}

function subscribe(onChange: () => void) {
  store.listeners.add(onChange)
  // Another tab changed the picks.
  const onStorage = (event: StorageEvent) => {
    if (event.key === PICKS_STORAGE.key || event.key === null) onChange()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    store.listeners.delete(onChange)
    window.removeEventListener('storage', onStorage)
  }
}

/** The picks; none in the static HTML, the stored ones once React runs. */
export function useComparePicks(): Picked[] {
  return useSyncExternalStore(subscribe, currentPicks, () => NOTHING_PICKED)
}

/** What the last change was, in words, for a screen reader. */
export function useCompareAnnouncement(): string {
  return useSyncExternalStore(
    subscribe,
    () => store.announcement,
    () => '',
  )
}

export function toggleComparePick(pick: Picked) {
  const { picks, outcome } = togglePick(currentPicks(), pick)
  if (outcome !== 'full') writePicks(picks)
  store.announcement = toggleAnnouncement(outcome, pick.title, picks.length)
  notify()
}

export function clearComparePicks() {
  writePicks([])
  store.announcement = 'Comparison tray emptied.'
  notify()
}
