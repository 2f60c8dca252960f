import type { DjangoSignal, PypiSignal } from '../../lib/signals/schema'
import { describeAnswer, getWithRetry, type HttpOptions } from '../lib/http'

/** The figures of a PyPI answer, before the refresh stamps them with a date and a source. */
export type PypiFigures = Omit<PypiSignal, 'observed' | 'source'>
/** What the same answer says about Django: the latest release's classifiers and requirement. */
export type DjangoFigures = Omit<DjangoSignal, 'observed' | 'source'>

export type PypiResult =
  { kind: 'ok'; figures: PypiFigures; django: DjangoFigures } | { kind: 'failed'; error: string }

type Options = HttpOptions & { baseUrl: string; userAgent: string }

/**
 * GET {baseUrl}/pypi/<name>/json: the latest version, the day its first file was uploaded, and what that
 * release declares about Django.
 */
export async function fetchPypiPackage(name: string, options: Options): Promise<PypiResult> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/pypi/${encodeURIComponent(name)}/json`
  const answer = await getWithRetry(url, {
    ...options,
    headers: { accept: 'application/json', 'user-agent': options.userAgent },
  })
  if (answer.kind !== 'response' || answer.status !== 200)
    return { kind: 'failed', error: describeAnswer(answer, options.timeoutMs, 'no such package') }
  try {
    return { kind: 'ok', ...readPypiJson(JSON.parse(answer.body)) }
  } catch (error) {
    return { kind: 'failed', error: `unexpected answer: ${error instanceof Error ? error.message : error}` }
  }
}

type PypiJson = {
  info?: { name?: unknown; version?: unknown; classifiers?: unknown; requires_dist?: unknown }
  urls?: { upload_time_iso_8601?: unknown }[]
}

function readPypiJson(json: PypiJson): { figures: PypiFigures; django: DjangoFigures } {
  const name = json.info?.name
  const version = json.info?.version
  if (typeof name !== 'string' || typeof version !== 'string') throw new Error('no info.name or info.version')
  const uploads = (Array.isArray(json.urls) ? json.urls : [])
    .map((file) => file.upload_time_iso_8601)
    .filter((time): time is string => typeof time === 'string' && /^\d{4}-\d{2}-\d{2}/.test(time))
    .toSorted()
  if (uploads.length === 0) throw new Error(`no files for version ${version}`)
  const classifiers = textsOf(json.info?.classifiers)
  return {
    figures: { name, version, released: uploads[0]!.slice(0, 10) },
    django: {
      release: version,
      classifiers: djangoSeriesOf(classifiers),
      frameworkDjango: classifiers.includes('Framework :: Django'),
      requires: djangoRequirementOf(textsOf(json.info?.requires_dist)),
    },
  }
}

const textsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/** "Framework :: Django :: 4.2" → "4.2", each series once, in version order. */
export function djangoSeriesOf(classifiers: readonly string[]): string[] {
  const series = classifiers.flatMap(
    (classifier) => /^Framework :: Django :: (\d+\.\d+)$/.exec(classifier.trim())?.[1] ?? [],
  )
  return [...new Set(series)].toSorted((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

/**
 * The requirement on Django among a release's Requires-Dist lines (PEP 508), as declared but without
 * extras ("Django[argon2]") or an environment marker: "Django>=4.2". A line under an extra (`; extra ==
 * "django"`) is optional and left out. Null when none is left, or when lines that differ by their marker
 * leave no one requirement (the classifiers then decide alone).
 */
export function djangoRequirementOf(requiresDist: readonly string[]): string | null {
  const found = new Set<string>()
  for (const line of requiresDist) {
    const [requirement = '', marker = ''] = line.split(';', 2)
    if (/\bextra\b/.test(marker)) continue
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\s*\[[^\]]*\])?(.*)$/.exec(requirement)
    if (!match || match[1]!.toLowerCase() !== 'django') continue
    found.add(`${match[1]}${match[2]!.trimEnd()}`)
  }
  return found.size === 1 ? [...found][0]! : null
}
