import type { Access } from '../schema/entry-fields'
import type { MediaType } from '../schema/media-types'
import type { Superseded } from '../signals/card-signals'
import type { MaintenanceClass } from '../signals/freshness'

/**
 * What a comparison knows of one entry: the catalogue's own fields and the signals, each observed figure
 * with where it came from and when. Made once at build time (lib/content/compare-data.ts) and sent to the
 * browser as JSON, so it holds plain data only.
 */

/** Where a figure comes from ("PyPI snapshot (pypi.tsv)") and the day or month it was observed. */
export type Observation = { source: string; observed: string }

export type CompareFacts = {
  slug: string
  title: string
  permalink: string
  url: string
  host: string
  type: MediaType
  /** Topic slugs; their titles are in CompareData.topics. */
  topics: string[]
  access: Access
  authors: string[]
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the entry gives it. */
  published: string | null
  /** When the catalogue's own facts (title, authors, dates, description) were last checked, against how many sources. */
  verified: { day: string; sources: number } | null
  release: (Observation & { version: string; released: string; stale: boolean }) | null
  /** As of the build (`asOf`), from the latest release and the last push to the repository. */
  maintenance: { state: MaintenanceClass; asOf: string; pushedAt: string | null; archived: boolean } | null
  licence: (Observation & { spdx: string }) | null
  stars: (Observation & { count: number }) | null
  superseded: Superseded | null
  /** The last link check: its verdict and day. */
  link: { status: 'ok' | 'redirected' | 'broken'; checked: string } | null
}

/** /compare-data.json: every entry's facts, and the titles of the topics they name. */
export type CompareData = {
  version: 1
  topics: Record<string, string>
  entries: CompareFacts[]
}
