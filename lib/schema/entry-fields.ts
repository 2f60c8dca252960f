/** The access levels of an entry, and their labels: shared by the schema (lib/schema/entry.ts) and the site. */

export const ACCESS_LEVELS = ['free', 'paid'] as const
export type Access = (typeof ACCESS_LEVELS)[number]

export const ACCESS_LABELS: Record<Access, string> = { free: 'Free', paid: 'Paid' }
