import 'server-only'

import { getEntries, getListedTopics, topicsOf, type Entry } from './catalog'
import { permalinks } from '../schema/permalinks'
import { FACETS, facetOptions, type FacetPanel } from '../search/facets'
import type { FacetChoice, FacetKey, SearchScope } from '../search/facets'
import { askableValues, foldOnLoadScript } from '../search/fold-on-load'
import { searchDocOf, type SearchDoc } from '../search/search-doc'
import { encodeSearchDescriptions, encodeSearchIndex } from '../search/payload'
import { withBasePath } from '../base-path'
import { siteEnv } from '../env.mjs'
import { readSearchConcepts } from '../site-settings'
import { declaredSeriesOf, seriesLabel, supportedDjango, writtenForOf } from './django'
import { signalsOf, supersededOf } from './signals'

/** The slim document the browser searches: only what a result shows and search reads. */
export function toSearchDoc(entry: Entry): SearchDoc {
  return {
    ...searchDocOf(
      entry,
      topicsOf(entry).map((topic) => topic.title),
    ),
    ...signalsOf(entry),
    superseded: supersededOf(entry),
    djangoDeclared: declaredSeriesOf(entry),
    writtenForDjango: writtenForOf(entry),
  }
}

export function getSearchDocs(): SearchDoc[] {
  return getEntries().map(toSearchDoc)
}

export function getSearchIndexPayload() {
  const topics = getListedTopics().map((topic) => ({ slug: topic.slug, title: topic.title }))
  return encodeSearchIndex(getSearchDocs(), topics, readSearchConcepts(siteEnv.contentDir))
}

export function getSearchDescriptionsPayload() {
  return encodeSearchDescriptions(getSearchDocs())
}

/**
 * What live search over a list of entries needs to know: where its data is, the topics a URL may name,
 * and the filters that list offers (none for the dimension the scope already fixes).
 */
export function searchSetup(entries: readonly Entry[], scope: SearchScope = {}) {
  const key = JSON.stringify(scope)
  const known = setupsOfLists.get(entries)?.get(key)
  if (known) return known
  const setup = makeSearchSetup(entries, scope)
  setupsOfLists.set(entries, (setupsOfLists.get(entries) ?? new Map()).set(key, setup))
  return setup
}

// Every static page of a long topic shares its setup: made once per list, not once per page.
const setupsOfLists = new WeakMap<readonly Entry[], Map<string, ReturnType<typeof makeSearchSetup>>>()

function makeSearchSetup(entries: readonly Entry[], scope: SearchScope) {
  const docs = entries.map(toSearchDoc)
  // The values of the facets the catalogue supplies: its topics, and the Django series supported today.
  const supplied: Partial<Record<FacetKey, FacetChoice[]>> = {
    topic: getListedTopics().map((topic) => ({ value: topic.slug, label: topic.title })),
    django: supportedDjango().map((release) => ({ value: release.series, label: seriesLabel(release) })),
  }
  // A facet none of the page's entries has (maintenance on a page of videos) is left out.
  const facets: FacetPanel[] = FACETS.filter((spec) => scope[spec.key] === undefined)
    .map((spec) => ({
      key: spec.key,
      legend: spec.legend,
      options: facetOptions(spec, docs, spec.choices ?? supplied[spec.key]),
    }))
    .filter((facet) => facet.options.length > 0)
  const vocabulary = Object.fromEntries(
    Object.entries(supplied).map(([key, choices]) => [key, choices.map((choice) => choice.value)]),
  )
  const searchData = {
    index: withBasePath(permalinks.searchIndex()),
    descriptions: withBasePath(permalinks.searchDescriptions()),
  }
  return {
    searchData,
    vocabulary,
    facets,
    scope,
    foldScript: foldOnLoadScript(askableValues(vocabulary), [searchData.index, searchData.descriptions]),
  }
}
