import 'server-only'

import { builtOn } from './build-date'
import { getEntries, type Entry } from './catalog'
import { getStoredSignals } from './signals'
import { djangoReleasesSchema, type DjangoSeries } from '../schema/django-releases'
import {
  latestDeclaration,
  supportedSeries,
  supportFor,
  writtenForDjango,
  type SupportStatus,
} from '../signals/django-support'
import { pypiPackageOf } from '../signals/pypi-package'
import { readJsonFile } from '../site-settings'

/**
 * The build's door to "does it run on my Django?": the series Django supports on the day of the build, and
 * what each package of the catalogue declares for them. The releases are a fact about Django, not about the
 * catalogue: every build reads the project's own file, whichever content folder (CONTENT_DIR) it lists.
 */
const RELEASES_FILE = 'content/django-releases.json'

/** The series supported on the build day, oldest first. */
export function supportedDjango(): readonly DjangoSeries[] {
  return (supported ??= readSupported())
}

let supported: DjangoSeries[] | null = null

function readSupported(): DjangoSeries[] {
  const series = supportedSeries(readJsonFile(RELEASES_FILE, djangoReleasesSchema).series, builtOn())
  // Each supported series has a page; a build with none would have a route without pages.
  if (series.length === 0)
    throw new Error(`${RELEASES_FILE}: no series is supported on ${builtOn()}; add the current ones`)
  return series
}

export function getSupportedSeries(series: string): DjangoSeries | undefined {
  return supportedDjango().find((release) => release.series === series)
}

/** "Django 5.2 LTS", "Django 6.1" */
export const seriesLabel = (release: DjangoSeries) => `Django ${release.series}${release.lts ? ' LTS' : ''}`

/** The entries that are Python packages: the ones a Django series page lists. */
function djangoPackages(): readonly Entry[] {
  return (packages ??= getEntries().filter((entry) => pypiPackageOf(entry) !== undefined))
}

let packages: Entry[] | null = null

export type SeriesSupport = { series: string; status: SupportStatus }

/** A package's status for each supported series, oldest first; null for an entry that is no package. */
export function djangoSupportOf(entry: Entry): SeriesSupport[] | null {
  if (pypiPackageOf(entry) === undefined) return null
  const declaration = latestDeclaration(getStoredSignals(entry.slug))
  return supportedDjango().map(({ series }) => ({ series, status: supportFor(series, declaration) }))
}

/** The supported series a package declares, oldest first: what its card shows. */
export function declaredSeriesOf(entry: Entry): string[] {
  return (djangoSupportOf(entry) ?? [])
    .filter((support) => support.status === 'declared')
    .map((support) => support.series)
}

/**
 * The Django an article, talk or book is written for: its `django` field, else the version its address or
 * title names. Null for packages (they declare theirs) and when nothing names one.
 */
export function writtenForOf(entry: Entry): string | null {
  if (entry.type === 'repository') return null
  return entry.django ?? writtenForDjango(entry.url, entry.title)
}

/** The catalogue's packages by their status for one series, each group in the catalogue's order. */
export function packagesBySupport(series: string): Record<SupportStatus, Entry[]> {
  const groups: Record<SupportStatus, Entry[]> = { declared: [], 'not-declared': [], unknown: [] }
  for (const entry of djangoPackages()) {
    const declaration = latestDeclaration(getStoredSignals(entry.slug))
    groups[supportFor(series, declaration)].push(entry)
  }
  return groups
}
