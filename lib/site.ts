import { siteEnv } from './env.mjs'
import { readSiteSettings } from './site-settings'

const settings = readSiteSettings(siteEnv.contentDir)

/** The site's name and words come from the content folder (site.json), so another list builds its own site. */
export const site = {
  name: settings.name,
  tagline: settings.tagline,
  description: settings.description,
  siteUrl: siteEnv.siteUrl,
  basePath: siteEnv.basePath,
} as const

/** The size of every social card (Open Graph and Twitter): the 1.91:1 both ask for. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** The absolute URL of a path of this site, for feeds, sitemaps and canonical links. */
export function absoluteUrl(path: string): string {
  return `${site.siteUrl}${site.basePath}${path}`
}
