import 'server-only'

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { searchConceptsSchema, type Concept } from '../schema/search-concepts'
import { siteEnv } from '../env.mjs'

/** The concept table search widens queries with; a content folder without one has none. */
export function getSearchConcepts(): Concept[] {
  const file = join(siteEnv.contentDir, 'search-concepts.json')
  if (!existsSync(file)) return []
  const parsed = searchConceptsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (parsed.success) return parsed.data.concepts
  const [issue] = parsed.error.issues
  throw new Error(`${file}: field "${issue!.path.join('.')}": ${issue!.message}`)
}
