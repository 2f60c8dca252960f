/**
 * Does a package run on a Django series? What its latest release declares, read by one rule, stated on
 * the site (/django/): "declared" when the release carries the series' trove classifier ("Framework ::
 * Django :: 6.1"); "not declared" when it lists other series but not this one; "unknown" when it carries only
 * the bare "Framework :: Django" or nothing. A requirement on Django that excludes the series (Django<5)
 * overrides: "not declared". Pure and browser-safe.
 */

import type { DjangoSeries } from '../schema/django-releases'
import type { DjangoSignal, EntrySignals } from './schema'

type DjangoDeclaration = Pick<DjangoSignal, 'classifiers' | 'requires'>

export type SupportStatus = 'declared' | 'not-declared' | 'unknown'

type StoredDjango = Pick<EntrySignals, 'pypi' | 'django'> | undefined

export const SUPPORT_LABELS: Record<SupportStatus, string> = {
  declared: 'Declared',
  'not-declared': 'Not declared',
  unknown: 'Unknown',
}

export function supportFor(series: string, declaration: DjangoDeclaration | null): SupportStatus {
  if (!declaration) return 'unknown'
  if (declaration.requires && excludesSeries(declaration.requires, series)) return 'not-declared'
  if (declaration.classifiers.includes(series)) return 'declared'
  return declaration.classifiers.length > 0 ? 'not-declared' : 'unknown'
}

/**
 * The declaration the site reads from a package's stored figures: that of its latest release, or null
 * (unknown) when none is stored or the stored one is of an older release than PyPI's latest.
 */
export function latestDeclaration(stored: StoredDjango) {
  const django = stored?.django
  if (!django || django.release !== stored.pypi?.version) return null
  return { classifiers: django.classifiers, requires: django.requires } satisfies DjangoDeclaration
}

/** "release 7.2 " and `words` for what its declaration says, or that its latest release was not read. */
function aboutLatest(stored: StoredDjango, words: (requires: string | null, classifiers: string) => string) {
  const declaration = latestDeclaration(stored)
  if (!declaration)
    return `no figures for its latest release${stored?.pypi ? `, ${stored.pypi.version}` : ''}`
  const classifiers =
    declaration.classifiers.length > 0
      ? `declares ${declaration.classifiers.join(' · ')}`
      : stored?.django?.frameworkDjango
        ? 'carries only “Framework :: Django”, no series'
        : 'names no Django series'
  return `release ${stored!.pypi!.version} ${words(declaration.requires, classifiers)}`
}

/**
 * What a package's status for a series rests on, in words: "release 7.2 declares 4.2 · 5.2", "release 0.5.0
 * requires Django<5", "release 1.2.6 names no Django series", "no figures for its latest release, 5.7.0".
 */
export function supportBasis(series: string, stored: StoredDjango): string {
  return aboutLatest(stored, (requires, classifiers) =>
    requires && excludesSeries(requires, series) ? `requires ${requires}` : classifiers,
  )
}

/**
 * Where a declaration was read, in words: "setup.py in its repository" for a metadata file at the release's
 * tag, else the source as given ("PyPI JSON API (https://pypi.org)").
 */
export function declarationSource(source: string): string {
  return /^https?:\/\//.test(source) ? `${source.split('/').pop()} in its repository` : source
}

/** All the latest release declares about Django: "release 7.2 declares 4.2 · 5.2; requires django>=3.2". */
export function declarationSummary(stored: StoredDjango): string {
  return aboutLatest(stored, (requires, classifiers) =>
    requires ? `${classifiers}; requires ${requires}` : classifiers,
  )
}

/**
 * The series Django supports on `day` ("YYYY-MM-DD"): released, and not past the month its extended
 * support ends in. Oldest first.
 */
export function supportedSeries(series: readonly DjangoSeries[], day: string): DjangoSeries[] {
  const month = day.slice(0, 7)
  return series
    .filter((release) => release.released <= day && month <= release.extendedEnds)
    .toSorted((a, b) => compare(parseVersion(a.series), parseVersion(b.series)))
}

const parseVersion = (text: string): number[] => text.split('.').map((part) => Number.parseInt(part, 10) || 0)

const compare = (a: number[], b: number[]): number =>
  Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) - (b[i] ?? 0)).find(Boolean) ?? 0

/**
 * Whether a PEP 440 requirement on Django ("django>=4.2,!=5.0.*,<6.1") leaves no release of a series: each
 * clause is read against the series X.Y as every release from X.Y.0 up to (not including) X.Y+1.
 */
export function excludesSeries(requirement: string, series: string): boolean {
  const [major = 0, minor = 0] = parseVersion(series)
  const first = [major, minor, 0]
  const clauses = requirement
    .replace(/^\s*django\s*/i, '')
    .split(';')[0]!
    .replace(/[()\s]/g, '')
    .split(',')
    .filter(Boolean)
  return clauses.some((clause) => {
    const match = /^(~=|==|!=|<=|>=|<|>)(.+)$/.exec(clause)
    if (!match) return false
    const [, operator, raw] = match as unknown as [string, string, string]
    const wildcard = raw.endsWith('.*')
    const bound = parseVersion(raw.replace(/\.\*$/, ''))
    const seriesOf = (version: number[]) => compare([version[0] ?? 0, version[1] ?? 0], [major, minor])
    switch (operator) {
      case '>=':
      case '>':
        // Some release of the series reaches the bound unless the whole series is below it.
        return seriesOf(bound) > 0
      case '<':
        return compare(first, bound) >= 0
      case '<=':
        return compare(first, bound) > 0
      case '==':
        return wildcard && bound.length === 1 ? bound[0] !== major : seriesOf(bound) !== 0
      case '!=':
        return wildcard && bound.length >= 2 && seriesOf(bound) === 0
      case '~=': {
        // ~=4.2 means >=4.2 and ==4.*; ~=4.2.1 means >=4.2.1 and ==4.2.*.
        const prefix = bound.slice(0, -1)
        const within = prefix.every((part, i) => part === [major, minor][i])
        return seriesOf(bound) > 0 || !within
      }
    }
  })
}

/** The Django series an article's address or title is written for: "docs.djangoproject.com/en/5.0/…". */
export function writtenForDjango(url: string, title: string): string | null {
  const fromUrl = /docs\.djangoproject\.com\/[a-z-]+\/(\d+\.\d+)\//.exec(url)?.[1]
  if (fromUrl) return fromUrl
  return /\bDjango (\d+\.\d+)\b/.exec(title)?.[1] ?? null
}
