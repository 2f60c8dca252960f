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
  const value = (raw ?? '').trim() || 'http://localhost:3000'
  let url
  try {
    url = new URL(value)
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${raw}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${raw}"`)
  }
  return url.origin
}

export const siteEnv = Object.freeze({
  /** Origin the site is published at, without a path: https://example.org */
  siteUrl: readSiteUrl(process.env.SITE_URL),
  /** Sub-path the site is served under, e.g. /awesome-django-scale, or '' at the root. */
  basePath: readBasePath(process.env.BASE_PATH),
})
