import { slugify } from '../lib/schema/slug'

/**
 * Entries with a title no other generated entry shares, each with a query that misspells it: the
 * intended entry of a typo query is then known, so recall@5 can be counted for any engine. The
 * names are made up for the synthetic catalogue; the hosts are example domains.
 */
export type Landmark = {
  /** What a visitor types, with one typo. */
  query: string
  title: string
  /** Preferred topic; the first topic of the catalogue is used when this one is absent. */
  topic: string
  description: string
}

export const LANDMARKS: readonly Landmark[] = [
  {
    query: 'thundring herd',
    title: 'Thundering herd protection with probabilistic early expiration',
    topic: 'caching',
    description:
      'Recomputes a hot cache key shortly before it expires, chosen at random per request, so that thousands of workers never miss it at the same moment.',
  },
  {
    query: 'keyset paginaton',
    title: 'Keyset pagination for tables too large to count',
    topic: 'database-orm',
    description:
      'Replaces OFFSET with a cursor on an indexed column, which keeps page two hundred of a long listing as cheap as page one.',
  },
  {
    query: 'multitenacy schemas',
    title: 'Multitenancy with PostgreSQL schemas, one per customer',
    topic: 'replicas-sharding',
    description:
      'Routes each request to its tenant schema through the search path and migrates hundreds of schemas, one after another, without downtime.',
  },
  {
    query: 'idempotnt webhooks',
    title: 'Idempotent webhooks with Celery and Redis streams',
    topic: 'async-tasks',
    description:
      'Receives each webhook once, stores its delivery key and lets the workers retry as often as they need without charging a customer twice.',
  },
  {
    query: 'circuit braker',
    title: 'Circuit breakers for outbound HTTP calls',
    topic: 'app-servers',
    description:
      'Stops a slow payment provider from tying up every worker: after a run of failures the breaker opens and answers at once.',
  },
  {
    query: 'geospatal postgis',
    title: 'Geospatial lookups with PostGIS and GeoDjango',
    topic: 'database-orm',
    description:
      'Finds the nearest shops among millions of points with a GiST index and a bounding box before the exact distance.',
  },
  {
    query: 'materilized views',
    title: 'Materialized views behind a reporting dashboard',
    topic: 'performance-overview',
    description:
      'Refreshes the heavy aggregates concurrently every few minutes and reads the dashboard from them instead of scanning the live tables.',
  },
  {
    query: 'flamegraph profling',
    title: 'Flamegraph profiling of a Django worker under load',
    topic: 'observability',
    description:
      'Samples a running worker without restarting it and reads the flamegraph to find where a slow endpoint spends its time.',
  },
] as const

/** The slug of a landmark's entry page: its title, with no index (generated slugs always end in one). */
export const landmarkSlug = (landmark: Landmark) => slugify(landmark.title)
