/**
 * Checks of one field's value, shared by the topic and entry rules in content-rules.ts: each reports what is
 * wrong, naming the file and the field, in words a maintainer can act on.
 */

import { slugOfPath } from '../../lib/schema/permalinks'
import type { Frontmatter } from './frontmatter'

export type Report = (file: string, field: string | null, message: string) => void

export const LIMITS = {
  title: 200,
  summary: 200,
  author: 120,
  body: 5_000,
  url: 2_048,
  /** Bytes in one file: read before any parsing, so a huge file fails fast. */
  file: 32_000,
} as const

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/
// C0 and C1 control characters other than tab and newline, and the invisible bidirectional-text
// overrides that can make a title read differently from what it holds.
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

export function checkSlug(path: string, report: Report) {
  const slug = slugOfPath(path)
  if (!SLUG_PATTERN.test(slug)) {
    report(path, 'slug', `file name "${slug}" must be lowercase words joined by "-" (a-z, 0-9)`)
  }
}

export function checkUnknownFields(
  path: string,
  data: Frontmatter,
  known: readonly string[],
  report: Report,
) {
  for (const field of Object.keys(data)) {
    if (!known.includes(field)) {
      report(path, field, `is not a known field (known: ${known.join(', ')})`)
    }
  }
}

export function checkText(
  path: string,
  data: Frontmatter,
  field: string,
  rule: { required: boolean; max: number },
  report: Report,
): string | null {
  const value = data[field]
  if (value === undefined || value === null) {
    if (rule.required) report(path, field, 'is required')
    return null
  }
  if (typeof value !== 'string') {
    report(path, field, `must be text, got ${describe(value)}`)
    return null
  }
  if (value.trim() === '') report(path, field, 'must not be empty')
  else if (value.length > rule.max)
    report(path, field, `is ${value.length} characters long; the limit is ${rule.max}`)
  else if (CONTROL_CHARACTERS.test(value)) report(path, field, controlCharacterMessage(value))
  else return value
  return null
}

export function checkUrl(
  path: string,
  data: Frontmatter,
  field: string,
  rule: { required: boolean },
  report: Report,
): string | null {
  const value = checkText(path, data, field, { required: rule.required, max: LIMITS.url }, report)
  if (value === null) return null
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    report(path, field, `"${value}" is not a valid URL`)
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    report(path, field, `must be an http(s) URL, got "${parsed.protocol}"`)
    return null
  }
  return value
}

export function checkBody(path: string, body: string, report: Report) {
  if (body.length > LIMITS.body) {
    report(path, 'body', `is ${body.length} characters long; the limit is ${LIMITS.body}`)
  }
  if (CONTROL_CHARACTERS.test(body)) report(path, 'body', controlCharacterMessage(body))
}

export function controlCharacterMessage(value: string): string {
  const found = CONTROL_CHARACTERS.exec(value)?.[0] ?? ''
  const codePoint = `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  return `contains the invisible control character ${codePoint}; remove it`
}

export function isCalendarDate(value: unknown, precision: 'day' | 'year'): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string') return false
  const match = PARTIAL_DATE_PATTERN.exec(value)
  if (!match) return false
  const [, year, month, day] = match
  if (precision === 'day' && day === undefined) return false
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)))
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month ?? 1) - 1 &&
    date.getUTCDate() === Number(day ?? 1)
  )
}

export function describe(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'nothing'
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
  if (typeof value === 'object') return 'a set of fields'
  return `${typeof value} ${String(value)}`
}
