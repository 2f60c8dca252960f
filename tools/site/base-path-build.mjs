// The build the base-path browser tests run against: a GitHub Pages style sub-path.
export const BASE_PATH_BUILD = { BASE_PATH: '/awesome-django-scale', SITE_URL: 'https://example.github.io' }
export const BASE_PATH_OUT = '.e2e/out-basepath'
// Its content: a copy of content/ put through a rehearsal of the weekly refresh (refreshed-content.ts).
export const REFRESHED_CONTENT = '.e2e/refreshed-content'
