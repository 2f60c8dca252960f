import 'server-only'

import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { searchConceptsSchema, type Concept } from '../schema/search-concepts'
import { siteEnv } from '../env.mjs'
import { readJsonFile } from '../site-settings'

/** The concept table search widens queries with; a content folder without one has none. */
export function getSearchConcepts(): Concept[] {
  const file = join(siteEnv.contentDir, 'search-concepts.json')
  return existsSync(file) ? readJsonFile(file, searchConceptsSchema).concepts : []
}
