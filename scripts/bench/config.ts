/**
 * What the bench measures, in one place, so that it can follow the app when the app changes:
 * the files the search island fetches, the pages compared, the queries typed.
 */

/** Files (relative to out/) the home page's search island fetches before search works; the descriptions (search-descriptions.json) follow after. */
export const SEARCH_DATA_FILES = ['search-index.json']

/** The page holding the search island, and a page of the same build with no client island. */
export const HOME_PAGE = 'index.html'
export const BARE_PAGE = 'types/index.html'
/** One topic page; the topic is one of the real content/topics/*.md. */
export const TOPIC_PAGE = 'topics/caching/index.html'

/** Hydration is done when the search form says so; results are announced in this element. */
export const READY_SELECTOR = 'form[role="search"][data-ready="true"]'
export const SEARCH_INPUT_SELECTOR = 'form[role="search"] input[type="search"]'
export const STATUS_SELECTOR = '[data-testid="result-status"]'

export const DEFAULT_SEED = 20261125
export const DEFAULT_SIZES = [1_000, 10_000]
export const DEFAULT_RUNS = 3

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
