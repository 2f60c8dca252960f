import type { EntrySignals } from './schema'
import {
  formatMonth,
  maintenanceClass,
  monthsSince,
  STALE_RELEASE_AFTER_MONTHS,
  type MaintenanceClass,
} from './freshness'

/**
 * The few signal figures a card shows, worked out once when the site is built, each with the day it
 * was observed. Browser-safe: the search payload carries them to the search results.
 */
export type CardSignals = {
  /** The latest PyPI release; `stale` when it is older than STALE_RELEASE_AFTER_MONTHS. */
  release?: { version: string; month: string; observed: string; stale: boolean }
  stars?: { count: number; observed: string }
  archived?: { observed: string }
  /** The last link check said broken, on this day. */
  brokenLink?: { checked: string }
}

/** A curated replacement: an entry of the directory (its title and page) or a page elsewhere. */
export type Superseded = { label: string; href: string; reason: string | null }

export type DerivedSignals = {
  maintenance: MaintenanceClass | null
  /** "YYYY-MM" of the latest release. */
  lastRelease: string | null
  signals: CardSignals | null
}

/** What the site derives from one entry's stored signals, as of `now` (the build). */
export function deriveSignals(stored: EntrySignals | undefined, now: Date): DerivedSignals {
  if (!stored) return { maintenance: null, lastRelease: null, signals: null }
  const { pypi, github, link } = stored
  const signals: CardSignals = {}
  if (pypi) {
    const age = monthsSince(pypi.released, now)
    signals.release = {
      version: pypi.version,
      month: pypi.released.slice(0, 7),
      observed: pypi.observed,
      stale: age !== null && age > STALE_RELEASE_AFTER_MONTHS,
    }
  }
  if (github) {
    signals.stars = { count: github.stars, observed: github.observed }
    if (github.archived) signals.archived = { observed: github.observed }
  }
  if (link?.status === 'broken') signals.brokenLink = { checked: link.checked }
  return {
    maintenance: maintenanceClass(
      { released: pypi?.released, pushedAt: github?.pushedAt, archived: github?.archived },
      now,
    ),
    lastRelease: pypi ? pypi.released.slice(0, 7) : null,
    signals: Object.keys(signals).length > 0 ? signals : null,
  }
}

/** "25 Nov 2026" for a day, "Nov 2026" for a month. */
export function formatObserved(date: string): string {
  const month = formatMonth(date)
  if (!month) return date
  const day = /^\d{4}-\d{2}-(\d{2})/.exec(date)
  return day ? `${Number(day[1])} ${month}` : month
}

/** "PyPI snapshot (pypi.tsv)" from "PyPI snapshot (pypi.tsv), observed 2026-11": the date is shown apart. */
export function sourceName(source: string): string {
  return source.replace(/, observed .*$/, '')
}

/** "v4.1.0 · May 2026" */
export function releaseLabel(release: NonNullable<CardSignals['release']>): string {
  const version = /^\d/.test(release.version) ? `v${release.version}` : release.version
  return `${version} · ${formatMonth(release.month) ?? release.month}`
}

/** "No release since Aug 2017" */
export function staleLabel(release: NonNullable<CardSignals['release']>): string {
  return `No release since ${formatMonth(release.month) ?? release.month}`
}

/** "12.3k" */
export function starsLabel(count: number): string {
  if (count < 1000) return String(count)
  const thousands = count / 1000
  return `${thousands < 10 ? thousands.toFixed(1).replace(/\.0$/, '') : Math.round(thousands)}k`
}
