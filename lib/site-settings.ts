import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import type { z } from 'zod'

import { searchConceptsSchema, type Concept } from './schema/search-concepts'
import { DEFAULT_SITE_SETTINGS, siteSettingsSchema, type SiteSettings } from './schema/site-settings'

/** The content folder's site.json, checked; the defaults when the folder has none. */
export function readSiteSettings(contentDir: string): SiteSettings {
  const file = join(contentDir, 'site.json')
  return existsSync(file) ? readJsonFile(file, siteSettingsSchema) : DEFAULT_SITE_SETTINGS
}

/** The content folder's search-concepts.json, which search widens queries with; none when it has none. */
export function readSearchConcepts(contentDir: string): Concept[] {
  const file = join(contentDir, 'search-concepts.json')
  return existsSync(file) ? readJsonFile(file, searchConceptsSchema).concepts : []
}

/** A JSON file checked against `schema`; an error names the file, and the field of the first bad value. */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: is not valid JSON: ${error instanceof Error ? error.message : error}`)
  }
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  const [issue] = parsed.error.issues
  throw new Error(`${file}: field "${issue!.path.join('.')}": ${issue!.message}`)
}
