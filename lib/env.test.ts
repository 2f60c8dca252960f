import { describe, expect, it } from 'vitest'

import { readBasePath, readSiteUrl } from './env.mjs'

describe('BASE_PATH', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['  ', ''],
    ['/', ''],
    ['/awesome-django-scale', '/awesome-django-scale'],
    ['/awesome-django-scale/', '/awesome-django-scale'],
    [' /a/b.c_d~e/ ', '/a/b.c_d~e'],
  ])('reads %j as %j', (raw, basePath) => {
    expect(readBasePath(raw)).toBe(basePath)
  })

  it.each(['awesome', 'https://example.org/awesome', '/with space', '/a?b', '/a#b', '/ü'])(
    'refuses %j, saying what it should look like',
    (raw) => {
      expect(() => readBasePath(raw)).toThrow(
        `BASE_PATH must look like "/awesome-django-scale", got "${raw}"`,
      )
    },
  )
})

describe('SITE_URL', () => {
  it('defaults to the local dev server when unset or blank', () => {
    for (const raw of [undefined, '', '   ']) expect(readSiteUrl(raw)).toBe('http://localhost:3000')
  })

  it('keeps only the origin: scheme, host (lowercased) and port', () => {
    expect(readSiteUrl(' https://example.org/ ')).toBe('https://example.org')
    expect(readSiteUrl('https://Example.ORG:8443/some/path?x=1')).toBe('https://example.org:8443')
    expect(readSiteUrl('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173')
  })

  it.each(['example.org', '/relative', 'ftp://example.org', 'javascript:alert(1)', 'https://'])(
    'refuses %j as not an absolute http(s) URL',
    (raw) => {
      expect(() => readSiteUrl(raw)).toThrow(`SITE_URL must be an absolute http(s) URL, got "${raw}"`)
    },
  )
})
