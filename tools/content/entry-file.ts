import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'

import type { entryFrontmatter } from '../../lib/schema/entry'

/** The fields a tool writes into a new entry file, and its description; the file name gives the slug. */
export type NewEntry = z.input<typeof entryFrontmatter> & { body: string }

/** `slug`, or `slug-2`, `slug-3`, … whichever is not taken (compared case-insensitively). */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  let candidate = slug
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${slug}-${n}`
  return candidate
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
  if (entry.authors?.length) lines.push(`authors: [${entry.authors.map(quoted).join(', ')}]`)
  if (entry.published !== undefined) lines.push(`published: ${quoted(entry.published)}`)
  if (entry.duration !== undefined) lines.push(`duration: ${quoted(entry.duration)}`)
  if (entry.repository !== undefined) lines.push(`repository: ${plainIfSafe(entry.repository)}`)
  if (entry.access === 'paid') lines.push('access: paid')
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

/** The fields `npm run import -- --update` may change in an existing entry file. */
export type UpstreamFields = Pick<NewEntry, 'title' | 'type' | 'access' | 'body'>

/**
 * Rewrites some fields of an entry file's text and leaves every other line as it was (field order,
 * quoting, comments). `access: free` is the default, so it is written by removing the line.
 */
export function updateEntryFields(path: string, text: string, changes: Partial<UpstreamFields>): string {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text)
  if (!match) throw new Error(`${path}: no frontmatter block (--- … ---) to update`)
  let lines = match[1]!.split('\n')
  const setField = (field: string, line: string | null) => {
    const start = lines.findIndex((candidate) => new RegExp(`^${field}\\s*:`).test(candidate))
    if (start === -1) {
      if (line !== null) lines.push(line)
      return
    }
    // A value may continue on indented lines or as a block list ("- item").
    let end = start + 1
    while (end < lines.length && /^(\s|-\s)/.test(lines[end]!)) end++
    lines = [...lines.slice(0, start), ...(line === null ? [] : [line]), ...lines.slice(end)]
  }
  if (changes.title !== undefined) setField('title', `title: ${quoted(changes.title)}`)
  if (changes.type !== undefined) setField('type', `type: ${changes.type}`)
  if ('access' in changes) setField('access', changes.access === 'paid' ? 'access: paid' : null)
  let rest = text.slice(match[0].length)
  if (changes.body !== undefined) {
    const body = changes.body.trim()
    rest = body ? `\n${body}\n` : ''
  }
  return `---\n${lines.join('\n')}\n---\n${rest}`
}

/** The text of a topic file: title and one-line summary; the introduction is left to a maintainer. */
export function renderTopicFile(topic: { title: string; summary: string }): string {
  return `---\ntitle: ${quoted(topic.title)}\nsummary: ${quoted(topic.summary)}\n---\n`
}
