import { z } from 'zod'

/**
 * The field rules the content schemas share (entry and topic files, the signals file), each with the message
 * a maintainer reads: what the field must be, and what it holds instead.
 */

/** A value as a message quotes it: text in quotes (cut at 60 characters), a list, a set of fields, nothing. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'nothing'
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
  if (typeof value === 'object') return 'a set of fields'
  return `${typeof value} ${String(value)}`
}

/** The message for a value that is not what the field holds: `${what}, got …`, or "is required" when absent. */
export const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `${what}, got ${describe(issue.input)}`

// C0 and C1 control characters other than tab and newline, and the invisible bidirectional-text
// overrides that can make a title read differently from what it holds.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

const visible = (value: string) => !CONTROL_CHARACTER.test(value)

function controlCharacterMessage(issue: { input?: unknown }): string {
  const found = CONTROL_CHARACTER.exec(String(issue.input))?.[0] ?? ''
  const codePoint = `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  return `contains the invisible control character ${codePoint}; remove it`
}

/** Text of at most `max` characters without invisible control characters; blank only when `blank` says so. */
export const text = (max: number, { blank = false } = {}) =>
  z
    .string({ error: expected('must be text') })
    .refine((value) => blank || value.trim() !== '', { error: 'must not be empty', abort: true })
    .refine((value) => value.length <= max, {
      error: (issue) => `is ${String(issue.input).length} characters long; the limit is ${max}`,
      abort: true,
    })
    .refine(visible, { error: controlCharacterMessage, abort: true })

/**
 * Text that passes `test`, else `${what}, got …`. YAML reads 2016 and 5.0 as numbers: with `quote`, a number
 * is asked to be written as quoted text.
 */
export function textThat(
  what: string,
  test: (value: string) => boolean,
  quote?: { field: string; noun: string },
) {
  const wrongType = (issue: { input?: unknown }) =>
    quote && typeof issue.input === 'number'
      ? `write the ${quote.noun} as quoted text, e.g. ${quote.field}: "${issue.input}"`
      : expected(what)(issue)
  return z
    .string({ error: wrongType })
    .refine(test, { error: expected(what), abort: true })
    .refine(visible, { error: controlCharacterMessage, abort: true })
}

const URL_LIMIT = 2_048

export function isHttpUrl(value: string): boolean {
  return value.length <= URL_LIMIT && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)
}

/** An http(s) URL: not javascript:, data: or file:. */
export const httpUrl = text(URL_LIMIT)
  .refine((value) => URL.canParse(value), {
    error: (issue) => `"${String(issue.input)}" is not a valid URL`,
    abort: true,
  })
  .refine(isHttpUrl, {
    error: (issue) => `must be an http(s) URL, got "${new URL(String(issue.input)).protocol}"`,
  })

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** A date that exists, written "YYYY-MM-DD"; down to "YYYY-MM" or "YYYY" when `precision` allows it. */
export function isCalendarDate(value: string, precision: 'day' | 'month' | 'year'): boolean {
  const [, year, month, day] = PARTIAL_DATE.exec(value) ?? []
  if (year === undefined || (precision !== 'year' && month === undefined)) return false
  if (precision === 'day' && day === undefined) return false
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)))
  return date.toISOString().startsWith(value)
}

/** "YYYY-MM-DD", a date that exists. */
export const day = textThat('must be a date written YYYY-MM-DD', (value) => isCalendarDate(value, 'day'))

/** The day of `date` in UTC, "YYYY-MM-DD": an entry's `added`, a signal's `observed`. */
export function isoDay(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10)
}

/** An object of exactly these fields: a field it does not know is named, with the ones it knows. */
export function fields<const Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape).join(', ')
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `is not a known field (known: ${known})`
        : expected('must be a set of fields')(issue),
  })
}

/** The problems of a parse (none when it passed), each with the path of its field; unknown fields one by one. */
export function problemsOf(error: z.ZodError | undefined): { path: PropertyKey[]; message: string }[] {
  return (error?.issues ?? []).flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [...issue.path, key], message: issue.message }))
      : [{ path: issue.path, message: issue.message }],
  )
}
