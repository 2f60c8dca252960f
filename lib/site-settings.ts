import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { DEFAULT_SITE_SETTINGS, siteSettingsSchema, type SiteSettings } from './schema/site-settings'

/** The content folder's site.json, checked; the defaults when the folder has none. */
export function readSiteSettings(contentDir: string): SiteSettings {
  const file = join(contentDir, 'site.json')
  if (!existsSync(file)) return DEFAULT_SITE_SETTINGS
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: is not valid JSON: ${error instanceof Error ? error.message : error}`)
  }
  const parsed = siteSettingsSchema.safeParse(data)
  if (parsed.success) return parsed.data
  const [issue] = parsed.error.issues
  throw new Error(`${file}: field "${issue!.path.join('.')}": ${issue!.message}`)
}
