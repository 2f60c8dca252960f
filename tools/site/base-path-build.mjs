// The build the base-path browser tests run against: a GitHub Pages style sub-path.
export const BASE_PATH_BUILD = { BASE_PATH: '/awesome-django-scale', SITE_URL: 'https://example.github.io' }
export const BASE_PATH_OUT = '.e2e/out-basepath'
