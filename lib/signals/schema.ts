/**
 * content/signals.json: facts about entries that change without anyone editing them, keyed by entry slug.
 * Each figure carries when it was observed and where from. This module has no Node imports, so the
 * build can read the file with it too.
 */

export type PypiSignal = {
  name: string
  version: string
  /** The latest release: "YYYY-MM" (from a monthly snapshot) or "YYYY-MM-DD". */
  released: string
  /** Django versions from the classifiers "Framework :: Django :: 4.2". */
  djangoVersions?: string[]
  observed: string
  source: string
}

export type GithubSignal = {
  /** "owner/name" */
  repo: string
  stars: number
  archived: boolean
  /** ISO timestamp of the last push. */
  pushedAt: string
  /** SPDX id, or null when GitHub names none. */
  license: string | null
  /** The ETag of the last 200 answer, sent back as If-None-Match. */
  etag: string | null
  observed: string
  source: string
}

export type LinkSignal = {
  status: 'ok' | 'redirected' | 'broken'
  finalUrl?: string
  checked: string
  detail?: string
}

export type SignalSource = 'pypi' | 'github' | 'link'

/** The last attempt at a source failed: the previous figures stay, this says why and when. */
export type SignalError = { message: string; at: string }

export type EntrySignals = {
  pypi?: PypiSignal
  github?: GithubSignal
  link?: LinkSignal
  errors?: Partial<Record<SignalSource, SignalError>>
}

export type SignalsFile = Record<string, EntrySignals>

/** The day a figure was observed: "YYYY-MM-DD" in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export const SIGNAL_SOURCES: readonly SignalSource[] = ['pypi', 'github', 'link']

export class SignalsFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s)\n${problems.map((problem) => `  ${problem}`).join('\n')}`)
  }
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const SLUG = /^[a-z0-9][a-z0-9-]*$/
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/

type Field = { kind: 'text' | 'date' | 'timestamp' | 'number' | 'boolean' | 'texts'; optional?: boolean }
type Fields = Record<string, Field & { nullable?: boolean; pattern?: RegExp; oneOf?: readonly string[] }>

const PYPI_FIELDS: Fields = {
  name: { kind: 'text' },
  version: { kind: 'text' },
  released: { kind: 'date' },
  djangoVersions: { kind: 'texts', optional: true },
  observed: { kind: 'date' },
  source: { kind: 'text' },
}
const GITHUB_FIELDS: Fields = {
  repo: { kind: 'text', pattern: REPO },
  stars: { kind: 'number' },
  archived: { kind: 'boolean' },
  pushedAt: { kind: 'timestamp' },
  license: { kind: 'text', nullable: true },
  etag: { kind: 'text', nullable: true },
  observed: { kind: 'date' },
  source: { kind: 'text' },
}
const LINK_FIELDS: Fields = {
  status: { kind: 'text', oneOf: ['ok', 'redirected', 'broken'] },
  finalUrl: { kind: 'text', optional: true },
  checked: { kind: 'date' },
  detail: { kind: 'text', optional: true },
}
const ERROR_FIELDS: Fields = { message: { kind: 'text' }, at: { kind: 'date' } }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkFields(value: unknown, fields: Fields, where: string, problems: string[]): void {
  if (!isRecord(value)) {
    problems.push(`${where} must be a set of fields`)
    return
  }
  for (const key of Object.keys(value)) {
    if (!(key in fields))
      problems.push(`${where}.${key} is not a known field (known: ${Object.keys(fields).join(', ')})`)
  }
  for (const [key, rule] of Object.entries(fields)) {
    const field = value[key]
    const at = `${where}.${key}`
    if (field === undefined) {
      if (!rule.optional) problems.push(`${at} is required`)
      continue
    }
    if (field === null) {
      if (!rule.nullable) problems.push(`${at} must not be null`)
      continue
    }
    const problem = checkValue(field, rule)
    if (problem) problems.push(`${at} ${problem}`)
  }
}

function checkValue(value: unknown, rule: Fields[string]): string | null {
  switch (rule.kind) {
    case 'number':
      return Number.isInteger(value) && (value as number) >= 0 ? null : 'must be a whole number'
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false'
    case 'texts':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '')
        ? null
        : 'must be a list of text'
  }
  if (typeof value !== 'string' || value === '') return 'must be non-empty text'
  if (rule.kind === 'date' && !DATE.test(value))
    return `must be a date "YYYY-MM" or "YYYY-MM-DD", got "${value}"`
  if (rule.kind === 'timestamp' && !TIMESTAMP.test(value)) return `must be an ISO timestamp, got "${value}"`
  if (rule.pattern && !rule.pattern.test(value)) return `has an unexpected form: "${value}"`
  if (rule.oneOf && !rule.oneOf.includes(value))
    return `must be one of ${rule.oneOf.join(', ')}, got "${value}"`
  return null
}

/** Reads and checks the text of signals.json; throws SignalsFileError naming the file and every bad field. */
export function parseSignals(text: string, file: string): SignalsFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new SignalsFileError(file, [`is not valid JSON: ${error instanceof Error ? error.message : error}`])
  }
  const problems: string[] = []
  if (!isRecord(data)) throw new SignalsFileError(file, ['must be a JSON object keyed by entry slug'])
  for (const [slug, entry] of Object.entries(data)) {
    const where = JSON.stringify(slug)
    if (!SLUG.test(slug)) problems.push(`${where} is not an entry slug`)
    if (!isRecord(entry)) {
      problems.push(`${where} must be a set of fields`)
      continue
    }
    for (const key of Object.keys(entry)) {
      if (!['pypi', 'github', 'link', 'errors'].includes(key))
        problems.push(`${where}.${key} is not a known field (known: pypi, github, link, errors)`)
    }
    if (entry.pypi !== undefined) checkFields(entry.pypi, PYPI_FIELDS, `${where}.pypi`, problems)
    if (entry.github !== undefined) checkFields(entry.github, GITHUB_FIELDS, `${where}.github`, problems)
    if (entry.link !== undefined) checkFields(entry.link, LINK_FIELDS, `${where}.link`, problems)
    if (entry.errors !== undefined) {
      if (!isRecord(entry.errors)) problems.push(`${where}.errors must be a set of fields`)
      else
        for (const [source, error] of Object.entries(entry.errors)) {
          if (!(SIGNAL_SOURCES as string[]).includes(source))
            problems.push(`${where}.errors.${source} is not a source (known: ${SIGNAL_SOURCES.join(', ')})`)
          checkFields(error, ERROR_FIELDS, `${where}.errors.${source}`, problems)
        }
    }
  }
  if (problems.length > 0) throw new SignalsFileError(file, problems)
  return data as SignalsFile
}

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {}
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key]
  return out as T
}

/** The file writes fields in the order the tables above list them. */
function fieldOrder<T>(fields: Fields): (keyof T)[] {
  return Object.keys(fields) as (keyof T)[]
}

/** The same signals with slugs sorted and fields in a fixed order, so equal data gives equal text. */
export function canonicalSignals(signals: SignalsFile): SignalsFile {
  const out: SignalsFile = {}
  for (const slug of Object.keys(signals).toSorted()) {
    const entry = signals[slug]!
    const canonical: EntrySignals = {}
    if (entry.pypi) canonical.pypi = pick(entry.pypi, fieldOrder<PypiSignal>(PYPI_FIELDS))
    if (entry.github) canonical.github = pick(entry.github, fieldOrder<GithubSignal>(GITHUB_FIELDS))
    if (entry.link) canonical.link = pick(entry.link, fieldOrder<LinkSignal>(LINK_FIELDS))
    const errors = entry.errors && pick(entry.errors, SIGNAL_SOURCES)
    if (errors && Object.keys(errors).length > 0) {
      canonical.errors = {}
      for (const source of Object.keys(errors) as SignalSource[])
        canonical.errors[source] = pick(errors[source]!, fieldOrder<SignalError>(ERROR_FIELDS))
    }
    if (Object.keys(canonical).length > 0) out[slug] = canonical
  }
  return out
}

export function serializeSignals(signals: SignalsFile): string {
  return `${JSON.stringify(canonicalSignals(signals), null, 2)}\n`
}
