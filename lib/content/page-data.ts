import 'server-only'

import { getListedTopics, type Entry } from './catalog'
import { toSearchDoc } from './search-data'
import { FACETS, facetOptions, type FacetPanel } from '../search/facets'
import type { SearchScope } from '../search/model'
import { withBasePath } from '../site'

/** The props every search island needs, for a list of entries within an optional scope. */
export function searchIslandProps(entries: readonly Entry[], scope: SearchScope = {}) {
  const docs = entries.map(toSearchDoc)
  const topics = getListedTopics().map((topic) => ({ value: topic.slug, label: topic.title }))
  // A page about one topic or one media type does not offer that facet: it is fixed by the page.
  // A facet none of the page's entries has (maintenance on a page of videos) is left out.
  const facets: FacetPanel[] = FACETS.filter((spec) => scope[spec.key] === undefined)
    .map((spec) => ({
      key: spec.key,
      legend: spec.legend,
      options: facetOptions(spec, docs, spec.choices ?? topics),
    }))
    .filter((facet) => facet.options.length > 0)
  return {
    searchData: {
      index: withBasePath('/search-index.json'),
      descriptions: withBasePath('/search-descriptions.json'),
    },
    vocabulary: { topic: topics.map((topic) => topic.value) },
    facets,
    scope,
  }
}
