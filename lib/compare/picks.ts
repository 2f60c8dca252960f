import { isSlugShaped, MAX_COMPARED } from './address'

/**
 * What a reader has picked to compare, as the tray keeps it across pages (in localStorage). Read as
 * untrusted text: another tab, an older version of the site or a hand edit may have written anything.
 */

export type Picked = { slug: string; title: string }

/** Where the picks are kept (localStorage), and the event this tab sends when it changes them. */
export const PICKS_STORAGE = { key: 'compare-picks', changedEvent: 'compare-picks-changed' } as const

const MAX_TITLE_LENGTH = 200

export function parsePicks(raw: string | null): Picked[] {
  if (!raw) return []
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(data)) return []
  const picks: Picked[] = []
  for (const item of data) {
    if (typeof item !== 'object' || item === null) continue
    const { slug, title } = item as Record<string, unknown>
    if (typeof slug !== 'string' || !isSlugShaped(slug) || picks.some((pick) => pick.slug === slug)) continue
    picks.push({ slug, title: typeof title === 'string' && title ? title.slice(0, MAX_TITLE_LENGTH) : slug })
    if (picks.length === MAX_COMPARED) break
  }
  return picks
}

export function serializePicks(picks: readonly Picked[]): string {
  return JSON.stringify(picks.map(({ slug, title }) => ({ slug, title })))
}

export type ToggleOutcome = 'added' | 'removed' | 'full'

/** Adds the entry, or removes it when it is picked; a full tray takes no more. */
export function togglePick(
  picks: readonly Picked[],
  pick: Picked,
): { picks: Picked[]; outcome: ToggleOutcome } {
  if (picks.some((picked) => picked.slug === pick.slug))
    return { picks: picks.filter((picked) => picked.slug !== pick.slug), outcome: 'removed' }
  if (picks.length >= MAX_COMPARED) return { picks: [...picks], outcome: 'full' }
  return { picks: [...picks, pick], outcome: 'added' }
}

/** What a screen reader hears after a toggle. */
export function toggleAnnouncement(outcome: ToggleOutcome, title: string, count: number): string {
  const picked = `${count} of ${MAX_COMPARED} picked`
  switch (outcome) {
    case 'added':
      return `${title} added to the comparison; ${picked}.`
    case 'removed':
      return `${title} removed from the comparison; ${picked}.`
    case 'full':
      return `A comparison holds at most ${MAX_COMPARED} entries: remove one before adding ${title}.`
  }
}
