import { siteEnv } from './env.mjs'

/**
 * A path of this site with the base path in front, for links and data the browser asks for. Apart from
 * lib/site.ts, which reads the content folder, so that client components can import it.
 */
export function withBasePath(path: string): string {
  return `${siteEnv.basePath}${path}`
}
