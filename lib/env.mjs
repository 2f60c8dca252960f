// The site's environment, read and checked in one place. Plain JavaScript so that
// next.config.mjs can import it as well as the TypeScript modules.

/** @param {string | undefined} raw */
export function readBasePath(raw) {
  const value = (raw ?? '').trim().replace(/\/+$/, '')
  if (value === '') return ''
  if (!/^\/[A-Za-z0-9._~\/-]*$/.test(value)) {
    throw new Error(`BASE_PATH must look like "/awesome-django-scale", got "${raw}"`)
  }
  return value
}

/** @param {string | undefined} raw */
export function readSiteUrl(raw) {
  let url
  try {
    url = new URL((raw ?? '').trim() || 'http://localhost:3000')
  } catch {
    // Not a URL at all: refused below, as a URL of another scheme is.
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${raw}"`)
  }
  return url.origin
}

export const siteEnv = Object.freeze({
  /** Origin the site is published at, without a path: https://example.org */
  siteUrl: readSiteUrl(process.env.SITE_URL),
  /** Sub-path the site is served under, e.g. /awesome-django-scale, or '' at the root. */
  basePath: readBasePath(process.env.BASE_PATH),
  /** The content folder the site is built from. */
  contentDir: process.env.CONTENT_DIR || 'content',
})

/**
 * The warning a production build gives when SITE_URL is not set: every canonical URL, feed and sitemap
 * would then say localhost. Null when SITE_URL is set.
 * @param {Record<string, string | undefined>} env
 */
export function missingSiteUrlWarning(env) {
  if ((env.SITE_URL ?? '').trim()) return null
  const line = '!'.repeat(78)
  return [
    line,
    '!! SITE_URL is not set: this build says http://localhost:3000 in every canonical URL,',
    '!! feed, sitemap and social card. Set it to where the site is published, e.g.',
    '!!   SITE_URL=https://example.org npm run build',
    line,
  ].join('\n')
}
