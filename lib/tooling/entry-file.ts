import { parse as parseYaml } from 'yaml'

import type { EntryRecord } from './content-records'

/** The fields a tool writes into a new entry file; the file name gives the slug. */
export type NewEntry = Omit<EntryRecord, 'path' | 'slug'>

// Re-exported for the importer, which takes it from here.
export { slugify } from '../schema/slug'

/** `slug`, or `slug-2`, `slug-3`, … whichever is not taken (compared case-insensitively). */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  const isTaken = (candidate: string) => taken.has(candidate.toLowerCase())
  if (!isTaken(slug)) return slug
  let n = 2
  while (isTaken(`${slug}-${n}`)) n++
  return `${slug}-${n}`
}

/** The text of an entry file in the house style: quoted titles, names and years, one field per line. */
export function renderEntryFile(entry: NewEntry): string {
  const lines = [
    `title: ${quoted(entry.title)}`,
    `url: ${plainIfSafe(entry.url)}`,
    `type: ${entry.type}`,
    `topics: [${entry.topics.map(plainIfSafe).join(', ')}]`,
    `added: ${entry.added}`,
  ]
  if (entry.authors && entry.authors.length > 0) {
    lines.push(`authors: [${entry.authors.map(quoted).join(', ')}]`)
  }
  if (entry.published !== undefined) lines.push(`published: ${quoted(entry.published)}`)
  if (entry.duration !== undefined) lines.push(`duration: ${quoted(entry.duration)}`)
  if (entry.repository !== undefined) lines.push(`repository: ${plainIfSafe(entry.repository)}`)
  const body = entry.body.trim()
  return `---\n${lines.join('\n')}\n---\n${body ? `\n${body}\n` : ''}`
}

// A JSON string is a valid YAML double-quoted scalar.
function quoted(value: string): string {
  return JSON.stringify(value)
}

/** URLs and slugs are written bare, as in the hand-written files, unless YAML would read them otherwise. */
function plainIfSafe(value: string): string {
  try {
    if (parseYaml(`value: ${value}`)?.value === value && parseYaml(`[${value}]`)?.[0] === value) return value
  } catch {
    // Not valid bare: quote it.
  }
  return quoted(value)
}

/** A day as YYYY-MM-DD in local time: the `added` date of an entry created today. */
export function isoDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
