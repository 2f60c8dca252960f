/**
 * What the site derives from an entry's signals: how maintained a package looks and when to warn.
 * Pure and browser-safe; every function takes "now" so pages built on different days can be tested.
 */

export const MAINTENANCE_CLASSES = ['active', 'quiet', 'dormant'] as const
export type MaintenanceClass = (typeof MAINTENANCE_CLASSES)[number]
export const MAINTENANCE_LABELS: Record<MaintenanceClass, string> = {
  active: 'Active',
  quiet: 'Quiet',
  dormant: 'Dormant',
}

/** A release or push within this many months: active. */
export const ACTIVE_WITHIN_MONTHS = 12
/** A release or push within this many months (and not active): quiet. Older: dormant. */
export const QUIET_WITHIN_MONTHS = 36
/** Past this many months without a release, the site shows "No release since …". */
export const STALE_RELEASE_AFTER_MONTHS = 24

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Year and month (1–12) of "YYYY-MM", "YYYY-MM-DD" or an ISO timestamp; null when it is none of those. */
export function yearMonthOf(date: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})(?:$|-\d{2}(?:$|T))/.exec(date)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  return month >= 1 && month <= 12 ? { year, month } : null
}

/** Whole calendar months from `date` to `now` (UTC): 2017-08 to 2026-11 is 111. */
export function monthsSince(date: string, now: Date): number | null {
  const then = yearMonthOf(date)
  if (!then) return null
  return now.getUTCFullYear() * 12 + now.getUTCMonth() + 1 - (then.year * 12 + then.month)
}

/** "Aug 2017" for "2017-08", "2017-08-30" or "2017-08-30T10:00:00Z". */
export function formatMonth(date: string): string | null {
  const then = yearMonthOf(date)
  return then ? `${MONTH_NAMES[then.month - 1]} ${then.year}` : null
}

export type MaintenanceFacts = {
  /** The latest release on PyPI. */
  released?: string
  /** The last push to the GitHub repository. */
  pushedAt?: string
  archived?: boolean
}

/** Dormant when archived; null when nothing is known, so an entry without signals gets no class at all. */
export function maintenanceClass(facts: MaintenanceFacts, now: Date): MaintenanceClass | null {
  if (facts.archived) return 'dormant'
  const ages = [facts.released, facts.pushedAt]
    .map((date) => (date === undefined ? null : monthsSince(date, now)))
    .filter((age): age is number => age !== null)
  if (ages.length === 0) return null
  const youngest = Math.min(...ages)
  if (youngest <= ACTIVE_WITHIN_MONTHS) return 'active'
  if (youngest <= QUIET_WITHIN_MONTHS) return 'quiet'
  return 'dormant'
}
