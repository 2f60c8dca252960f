import { z } from 'zod'

import { SLUG_PATTERN } from '../schema/entry'
import { expected, fields, isCalendarDate, problemsOf, textThat } from '../schema/fields'

/**
 * content/signals.json: facts about entries that change without anyone editing them, keyed by entry slug.
 * Each figure carries when it was observed and where from. No Node imports, so the build reads the file
 * with it too. The file is written with its fields in the order of these schemas.
 */

const someText = textThat('must be non-empty text', (value) => value !== '')
/** "YYYY-MM" (a monthly snapshot) or "YYYY-MM-DD". */
const date = textThat('must be a date "YYYY-MM" or "YYYY-MM-DD"', (value) => isCalendarDate(value, 'month'))
const wholeNumber = { error: expected('must be a whole number') }

const pypiSignal = fields({
  name: someText,
  version: someText,
  /** The latest release. */
  released: date,
  observed: date,
  source: someText,
})

/** A Django feature release series, "6.1". */
const series = textThat('must be a Django series such as "6.1"', (value) => /^\d+\.\d+$/.test(value))

/**
 * What one release of a package declares about Django, from its metadata. The site reads it for the latest
 * release only: figures of an older `release` (kept when the version moved on and no answer came) are unknown.
 */
const djangoSignal = fields({
  /** The version whose metadata this is. */
  release: someText,
  /** Series from the classifiers "Framework :: Django :: X.Y", in version order. */
  classifiers: z.array(series, { error: expected('must be a list of Django series') }),
  /** The bare classifier "Framework :: Django" is present. */
  frameworkDjango: z.boolean({ error: expected('must be true or false') }),
  /** The requirement on Django as declared, without extras or environment markers; null when none. */
  requires: someText.nullable(),
  observed: date,
  /** Where the metadata was read: PyPI's JSON API, or the metadata file at the release's tag. */
  source: someText,
})

const githubSignal = fields({
  repo: textThat('must be "owner/name"', (value) => /^[\w.-]+\/[\w.-]+$/.test(value)),
  stars: z.int(wholeNumber).min(0, wholeNumber),
  archived: z.boolean({ error: expected('must be true or false') }),
  /** The last push. */
  pushedAt: z.iso.datetime({ offset: true, error: expected('must be an ISO timestamp') }),
  /** SPDX id, or null when GitHub names none. */
  license: someText.nullable(),
  /** The ETag of the last 200 answer, sent back as If-None-Match. */
  etag: someText.nullable(),
  observed: date,
  source: someText,
})

const linkSignal = fields({
  status: z.enum(['ok', 'redirected', 'broken'], {
    error: expected('must be one of ok, redirected, broken'),
  }),
  finalUrl: someText.optional(),
  checked: date,
  detail: someText.optional(),
})

/** The last attempt at a source failed: the previous figures stay, this says why and when. */
const signalError = fields({ message: someText, at: date }).optional()

const entrySignals = fields({
  pypi: pypiSignal.optional(),
  django: djangoSignal.optional(),
  github: githubSignal.optional(),
  link: linkSignal.optional(),
  errors: fields({ pypi: signalError, github: signalError, link: signalError }).optional(),
})

const signalsFile = z.record(z.string().regex(SLUG_PATTERN), entrySignals, {
  error: (issue) =>
    issue.code === 'invalid_key'
      ? 'is not an entry slug'
      : expected('must be a JSON object keyed by entry slug')(issue),
})

export type PypiSignal = z.infer<typeof pypiSignal>
export type DjangoSignal = z.infer<typeof djangoSignal>
export type GithubSignal = z.infer<typeof githubSignal>
export type LinkSignal = z.infer<typeof linkSignal>
export type EntrySignals = z.infer<typeof entrySignals>
export type SignalsFile = z.infer<typeof signalsFile>

export class SignalsFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s)\n${problems.map((problem) => `  ${problem}`).join('\n')}`)
  }
}

/** Reads and checks the text of signals.json; throws SignalsFileError naming the file and every bad field. */
export function parseSignals(text: string, file: string): SignalsFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new SignalsFileError(file, [`is not valid JSON: ${error instanceof Error ? error.message : error}`])
  }
  const parsed = signalsFile.safeParse(data)
  if (parsed.success) return parsed.data
  // '"whitenoise".pypi.released must be a date …': the slug quoted, then the fields.
  const where = (path: PropertyKey[]) => path.map((key, i) => (i === 0 ? JSON.stringify(key) : String(key)))
  const problems = problemsOf(parsed.error).map(({ path, message }) =>
    [where(path).join('.'), message].filter(Boolean).join(' '),
  )
  throw new SignalsFileError(file, problems)
}

/** The file's text: slugs sorted, fields in the schemas' order, so equal signals give equal text. */
export function serializeSignals(signals: SignalsFile): string {
  const ordered = signalsFile.parse(signals)
  const slugs = Object.keys(ordered).filter((slug) => Object.keys(ordered[slug]!).length > 0)
  return `${JSON.stringify(Object.fromEntries(slugs.toSorted().map((slug) => [slug, ordered[slug]])), null, 2)}\n`
}
