import 'server-only'

import { topicFacet, typeFacet, getListedTopics, type Entry } from './catalog'
import type { SearchScope } from '../search/model'
import { withBasePath } from '../site'

/** The props every search island needs, for a list of entries within an optional scope. */
export function searchIslandProps(entries: readonly Entry[], scope: SearchScope = {}) {
  return {
    searchData: {
      index: withBasePath('/search-index.json'),
      descriptions: withBasePath('/search-descriptions.json'),
    },
    knownTopics: getListedTopics().map((topic) => topic.slug),
    topicOptions: scope.topic ? [] : topicFacet(entries),
    typeOptions: scope.type ? [] : typeFacet(entries),
    scope,
  }
}
