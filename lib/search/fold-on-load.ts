import { acceptedValues, FACETS, type FacetVocabulary } from './facets'
import { SORT_KEYS } from './url-state'

/**
 * A shared link (`/?q=celery`, `?type=video&sort=added`) must paint the folded page, the page's own list
 * away and the results' place kept, from its first frame. The static HTML is the same for every address,
 * so a script in the page reads the address before the list is painted and marks the search island;
 * the style sheet folds what the mark says, until the island itself has the results to show. The script
 * also asks for the search data at once, beside the page's bundles rather than after them.
 */

/** What the address may ask for: each facet's accepted values, and the sort orders. */
export type Askable = { facets: Record<string, readonly string[]>; sorts: readonly string[] }

export function askableValues(vocabulary: FacetVocabulary): Askable {
  return {
    facets: Object.fromEntries(FACETS.map((spec) => [spec.key, acceptedValues(spec, vocabulary)])),
    sorts: SORT_KEYS,
  }
}

/**
 * Whether `search` asks the directory for anything, as parseState reads it (a query, a known filter value,
 * a known sort): a property test holds the two together. It uses nothing outside itself, since the page
 * runs it from its source text, before any bundle has loaded.
 */
export function asksForSomething(search: string, askable: Askable): boolean {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search.slice(0, 20_000))
  } catch {
    return false
  }
  if ((params.get('q') ?? '').trim()) return true
  for (const [key, accepted] of Object.entries(askable.facets)) {
    const values = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean)
    if ([...new Set(values)].slice(0, 50).some((value) => accepted.includes(value))) return true
  }
  return askable.sorts.includes(params.get('sort') ?? '')
}

/** The attribute the script puts on the island, and the island takes away once its results are shown. */
export const AWAITING_RESULTS = 'data-awaiting-results'

/**
 * The inline script, the island's first child: when the address asks for something, marks its parent
 * and preloads `data` (the search data files, fetched as the island's fetch() will ask for them).
 */
export function foldOnLoadScript(askable: Askable, data: readonly string[]): string {
  return `(${asksForSomething.toString()})(location.search,${JSON.stringify(askable)})&&(${foldAndPreload.toString()})(document.currentScript.parentElement,${JSON.stringify(AWAITING_RESULTS)},${JSON.stringify(data)})`
}

/** Sent as source text too. */
function foldAndPreload(island: Element, attribute: string, data: readonly string[]) {
  island.setAttribute(attribute, '')
  for (const href of data) {
    const link = document.createElement('link')
    link.rel = 'preload'
    link.as = 'fetch'
    link.crossOrigin = 'anonymous'
    link.href = href
    document.head.append(link)
  }
}
