import { ACCESS_LABELS, ACCESS_LEVELS } from '../schema/entry-fields'
import { MEDIA_TYPES, mediaTypeLabel } from '../schema/media-types'
import { MAINTENANCE_CLASSES, MAINTENANCE_LABELS } from '../signals/freshness'
import type { SearchDoc } from './search-doc'

/**
 * The filters a visitor can tick, as data: each facet names its URL parameter, how to read a document's
 * values and, when the schema fixes them, its choices. A new facet is one more entry in FACETS.
 */

const FACET_KEYS = ['topic', 'type', 'access', 'maintenance', 'django'] as const
/** A facet's name, which is also its URL parameter: `?topic=caching&type=video&access=paid&django=6.1`. */
export type FacetKey = (typeof FACET_KEYS)[number]

/** What a page is about: the topic page searches its topic only, the media-type page its type. */
export type SearchScope = Partial<Record<FacetKey, string>>

export type FacetChoice = { value: string; label: string }
export type FacetOption = FacetChoice & { count: number }

export type FacetSpec = {
  key: FacetKey
  legend: string
  valuesOf: (doc: SearchDoc) => readonly string[]
  /** The values and labels the schema fixes; without them (topics, Django series) the build supplies them. */
  choices?: readonly FacetChoice[]
  /** Offer every choice even when no entry has it yet (a short fixed list reads better whole). */
  showEmptyChoices?: boolean
}

export const FACETS: readonly FacetSpec[] = [
  { key: 'topic', legend: 'Topic', valuesOf: (doc) => doc.topics },
  {
    key: 'type',
    legend: 'Media type',
    valuesOf: (doc) => [doc.type],
    choices: MEDIA_TYPES.map((type) => ({ value: type, label: mediaTypeLabel(type, 'plural') })),
  },
  {
    key: 'access',
    legend: 'Access',
    valuesOf: (doc) => [doc.access],
    choices: ACCESS_LEVELS.map((level) => ({ value: level, label: ACCESS_LABELS[level] })),
    showEmptyChoices: true,
  },
  {
    // Packages only: an entry without signals has no class and counts under none of the choices.
    key: 'maintenance',
    legend: 'Maintenance',
    valuesOf: (doc) => (doc.maintenance ? [doc.maintenance] : []),
    choices: MAINTENANCE_CLASSES.map((value) => ({ value, label: MAINTENANCE_LABELS[value] })),
  },
  {
    // Packages whose latest release declares the series; its values are the series supported as of the build.
    key: 'django',
    legend: 'Declares support for',
    valuesOf: (doc) => doc.djangoDeclared,
  },
]

export const facetSpec = (key: FacetKey): FacetSpec =>
  FACETS.find((spec) => spec.key === key) ?? (FACETS[0] as FacetSpec)

/** The selected values of every facet; an empty list is "any". */
export type FacetFilters = Record<FacetKey, string[]>

export const NO_FILTERS: FacetFilters = Object.freeze(
  Object.fromEntries(FACET_KEYS.map((key) => [key, Object.freeze([])])) as unknown as FacetFilters,
)

/** The values each facet accepts from the address bar: fixed choices, or what the catalogue lists. */
export type FacetVocabulary = Partial<Record<FacetKey, readonly string[]>>

export function acceptedValues(spec: FacetSpec, vocabulary: FacetVocabulary): readonly string[] {
  return vocabulary[spec.key] ?? spec.choices?.map((choice) => choice.value) ?? []
}

/** A facet's options with how many of `docs` carry each value, in the order of `choices`. */
export function facetOptions(
  spec: FacetSpec,
  docs: readonly SearchDoc[],
  choices: readonly FacetChoice[] = spec.choices ?? [],
): FacetOption[] {
  const counts = new Map<string, number>()
  for (const doc of docs)
    for (const value of spec.valuesOf(doc)) counts.set(value, (counts.get(value) ?? 0) + 1)
  return choices
    .map((choice) => ({ ...choice, count: counts.get(choice.value) ?? 0 }))
    .filter((option) => spec.showEmptyChoices || option.count > 0)
}

/** What a page hands its search island for one facet. */
export type FacetPanel = { key: FacetKey; legend: string; options: FacetOption[] }

/** What a chip or a way out calls a value: the page's label for it, the schema's, or the value itself. */
export function valueLabel(facets: readonly FacetPanel[], key: FacetKey, value: string): string {
  const offered = facets.find((facet) => facet.key === key)?.options ?? []
  const known = [...offered, ...(facetSpec(key).choices ?? [])]
  return known.find((choice) => choice.value === value)?.label ?? value
}
