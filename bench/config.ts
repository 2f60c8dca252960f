import { LANDMARKS } from './landmarks'

/**
 * What the bench measures, in one place, so that it can follow the app when the app changes:
 * the files the search island fetches, the pages compared, the queries typed.
 */

/** The phases of a bench run (--only) and the pages typed into (--engines); the defaults are in options.ts. */
export const PHASES = ['build', 'files', 'typing'] as const
export type Phase = (typeof PHASES)[number]
export const ENGINES = ['floor', 'ours', 'pagefind'] as const
export type Engine = (typeof ENGINES)[number]

/** Where the bench writes its own pages and Pagefind's bundle inside a build's out/ (removed before weighing). */
export const BENCH_PAGES_DIR = '__bench'
export const PAGEFIND_DIR = 'pagefind'
/** Pagefind indexes the entry pages only, and of each the <article> (title, description, facts). */
export const PAGEFIND_GLOB = 'entries/**/*.html'
export const PAGEFIND_ROOT_SELECTOR = 'article'

/** Files (relative to out/) the home page's search island fetches before search works; the descriptions (search-descriptions.json) follow after. */
export const SEARCH_DATA_FILES = ['search-index.json']

/** The page holding the search island, and a page of the same build with no client island. */
export const HOME_PAGE = 'index.html'
export const BARE_PAGE = 'types/index.html'
/** One topic page; the topic is one of the real content/topics/*.md. */
export const TOPIC_PAGE = 'topics/caching/index.html'

/**
 * The DOM contract every engine's page keeps (our site, the floor and the Pagefind page alike): the
 * page is ready when READY_SELECTOR matches; results are painted when the status names the query
 * typed so far (“…”); the results list holds one <li> per result, whose link to /entries/<slug>/
 * says which entry it is.
 */
export const READY_SELECTOR = 'form[role="search"][data-ready="true"]'
export const SEARCH_INPUT_SELECTOR = 'form[role="search"] input[type="search"]'
export const STATUS_SELECTOR = '[data-testid="result-status"]'
export const RESULTS_SELECTOR = '[data-testid="results"]'
export const RESULT_ITEM_SELECTOR = `${RESULTS_SELECTOR} > li`

/** How many of the first results count for recall, and how many the Pagefind page loads and shows. */
export const RECALL_AT = 5

/** Twenty queries a visitor might type: single words, misspellings and two- or three-word queries. */
export const QUERIES = [
  'cache',
  'pgbouncr',
  'celery',
  'postgres replica',
  'gunicorn',
  'instagarm',
  'redis cache',
  'n+1 queries',
  'memcahced',
  'sharding',
  'elasticsearch',
  'locust load test',
  'sentry',
  'select_related',
  'connection pool',
  'whitenoise',
  'asgi uvicorn',
  'celary',
  'query optimization',
  'static files cdn',
]

/** Queries with a typo and the entry each one means (see landmarks.ts); typed after QUERIES. */
export const TYPO_QUERIES = LANDMARKS.map((landmark) => landmark.query)
