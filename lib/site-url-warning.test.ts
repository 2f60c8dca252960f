import { describe, expect, it } from 'vitest'

import { missingSiteUrlWarning } from './env.mjs'

describe('the production build warning about SITE_URL', () => {
  it('names SITE_URL and what goes wrong without it when it is unset or blank', () => {
    for (const env of [{}, { SITE_URL: '' }, { SITE_URL: '   ' }]) {
      const warning = missingSiteUrlWarning(env)
      expect(warning).toContain('SITE_URL is not set')
      expect(warning).toContain('localhost')
    }
  })

  it('is silent when SITE_URL is set', () => {
    expect(missingSiteUrlWarning({ SITE_URL: 'https://example.org' })).toBeNull()
  })
})
