import { siteEnv } from './env.mjs'

export const site = {
  name: 'Awesome Django Scale',
  tagline: 'A searchable directory of material on running Django at scale.',
  description:
    'Repositories, articles, talks and podcasts about running Django at scale: caching, databases, ' +
    'task queues, application servers and the case studies of teams who did it.',
  sourceList: 'https://github.com/topics/awesome-django',
  siteUrl: siteEnv.siteUrl,
  basePath: siteEnv.basePath,
} as const

/** The size of every social card (Open Graph and Twitter): the 1.91:1 both ask for. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** A path of this site with the base path in front, for the places Next.js does not add it. */
export function withBasePath(path: string): string {
  return `${site.basePath}${path}`
}

/** The absolute URL of a path of this site, for feeds, sitemaps and canonical links. */
export function absoluteUrl(path: string): string {
  return `${site.siteUrl}${site.basePath}${path}`
}
