import { z } from 'zod'

/**
 * <content>/site.json: what a catalogue says of itself, so that another list's folder builds its own site. A
 * folder without one (a list just imported) gets a plain name and no requirement of sources.
 */
export const siteSettingsSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  tagline: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(400),
  /** Every entry must say where its facts were checked (`sources`) and when (`verified`). */
  sourcesRequired: z.boolean().default(false),
})

export type SiteSettings = z.output<typeof siteSettingsSchema>

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  name: 'An awesome list',
  tagline: 'A searchable directory of an awesome list.',
  description: 'The resources of an awesome list, searchable, with a page for every topic and entry.',
  sourcesRequired: false,
}
