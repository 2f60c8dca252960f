import { landmarkSlug, LANDMARKS } from './landmarks'

/**
 * What the bench measures, in one place, so that it can follow the app when the app changes:
 * the files the search island fetches, the pages compared, the queries typed.
 */

/** The phases of a bench run (--only); the defaults of the flags are in options.ts. */
export const PHASES = ['build', 'files', 'typing'] as const

/** Where the bench writes its own pages inside a build's out/ (removed before weighing). */
export const BENCH_PAGES_DIR = '__bench'
/** The pages typed into (--engines), in the order they take turns: their names and paths on the server. */
export const ENGINES = {
  floor: { name: 'floor (bare echo)', path: `${BENCH_PAGES_DIR}/floor/` },
  ours: { name: 'ours', path: '' },
  pagefind: { name: 'Pagefind', path: `${BENCH_PAGES_DIR}/pagefind/` },
} as const
export type Engine = keyof typeof ENGINES
export const ENGINE_NAMES = Object.keys(ENGINES) as Engine[]

/** Files (relative to out/) the home page's search island fetches before search works; the descriptions (search-descriptions.json) follow after. */
export const SEARCH_DATA_FILES = ['search-index.json']

/** The page holding the search island, and a page of the same build with no client island. */
export const HOME_PAGE = 'index.html'
export const BARE_PAGE = 'types/index.html'
/** One topic page; the topic is one of the real content/topics/*.md. */
export const TOPIC_PAGE = 'topics/caching/index.html'

/**
 * The DOM contract every engine's page keeps (our site, the floor and the Pagefind page alike): the
 * page is ready when `ready` matches; results are painted when the status names the query typed so
 * far (“…”); the results list holds one <li> per result, whose link to /entries/<slug>/ says which
 * entry it is.
 */
export const PAGE_CONTRACT = {
  ready: 'form[role="search"][data-ready="true"]',
  input: 'form[role="search"] input[type="search"]',
  status: '[data-testid="result-status"]',
  resultItem: '[data-testid="results"] > li',
  results: '[data-testid="results"]',
}

/** How many of the first results count for recall, and how many the Pagefind page loads and shows. */
export const RECALL_AT = 5

/** Twenty queries a visitor might type: single words, misspellings and two- or three-word queries. */
export const QUERIES =
  `cache, pgbouncr, celery, postgres replica, gunicorn, instagarm, redis cache, n+1 queries,
  memcahced, sharding, elasticsearch, locust load test, sentry, select_related, connection pool, whitenoise,
  asgi uvicorn, celary, query optimization, static files cdn`.split(/\s*,\s*/)

/** Queries with a typo and the entry page each one means (see landmarks.ts); typed after QUERIES. */
export const TYPO_QUERIES = LANDMARKS.map((landmark) => ({
  query: landmark.query,
  page: `/entries/${landmarkSlug(landmark)}/`,
}))
