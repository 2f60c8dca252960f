import type { CompareFacts } from './facts'
import { MIN_COMPARED } from './address'

/**
 * A topic's ready-made comparison: its packages (media type repository), the maintained ones first, at
 * most TOPIC_TABLE_LIMIT. Static HTML, so it works without JavaScript.
 */

export const TOPIC_TABLE_LIMIT = 12

type Comparable = Pick<CompareFacts, 'type' | 'maintenance'>

const MAINTENANCE_RANK = { active: 0, quiet: 1, dormant: 2 } as const
const rank = (entry: Comparable) => (entry.maintenance ? MAINTENANCE_RANK[entry.maintenance.state] : 3)

/** The packages among a topic's entries, in the table's order: by maintenance, then as given. */
export function topicPackages<T extends Comparable>(entries: readonly T[]): T[] {
  return entries.filter((entry) => entry.type === 'repository').toSorted((a, b) => rank(a) - rank(b))
}

/** The columns of a topic's table, or none when the topic has fewer than two packages. */
export function topicTableColumns<T extends Comparable>(entries: readonly T[]): T[] {
  const packages = topicPackages(entries)
  return packages.length >= MIN_COMPARED ? packages.slice(0, TOPIC_TABLE_LIMIT) : []
}
