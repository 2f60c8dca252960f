import { createHash } from 'node:crypto'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, inlineScriptHashes, pathsOfHtmlFile } from './csp-headers.mjs'
import { formatHeadersFile, headersFor, matchesPattern, parseHeadersFile } from './headers-file.mjs'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('_headers files', () => {
  const text = [
    '# Security headers',
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Link: </a.css>; rel=preload',
    '',
    '/entries/:slug/',
    '\tX-Entry: yes',
    '/topics/*',
    '  Cache-Control: max-age=60',
    '/*',
    '  Link: </b.css>; rel=preload',
  ].join('\n')
  const rules = parseHeadersFile(text)

  it('parses paths and their indented headers, keeping colons in values', () => {
    expect(rules).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Link', '</a.css>; rel=preload'],
        ],
      },
      { pattern: '/entries/:slug/', headers: [['X-Entry', 'yes']] },
      { pattern: '/topics/*', headers: [['Cache-Control', 'max-age=60']] },
      { pattern: '/*', headers: [['Link', '</b.css>; rel=preload']] },
    ])
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules)
  })

  it('refuses a header before any path, or a line that is not "Name: value"', () => {
    expect(() => parseHeadersFile('  X-A: 1\n/*\n')).toThrow(
      '_headers line 1: a header comes before any path',
    )
    expect(() => parseHeadersFile('/*\n  nonsense\n')).toThrow('_headers line 2: expected "Name: value"')
  })

  it('matches splats, placeholders and exact paths, and nothing else', () => {
    expect(matchesPattern('/*', '/')).toBe(true)
    expect(matchesPattern('/*', '/a/b/c.js')).toBe(true)
    expect(matchesPattern('/topics/*', '/topics/caching/')).toBe(true)
    expect(matchesPattern('/topics/*', '/topicsx')).toBe(false)
    expect(matchesPattern('/entries/:slug/', '/entries/django-cacheback/')).toBe(true)
    expect(matchesPattern('/entries/:slug/', '/entries/a/b/')).toBe(false)
    expect(matchesPattern('/', '/')).toBe(true)
    expect(matchesPattern('/', '/index.html')).toBe(false)
    expect(matchesPattern('/a.html', '/aXhtml')).toBe(false)
    expect(matchesPattern('/a+b/', '/aab/')).toBe(false)
  })

  it('gives a path the headers of every rule it matches, joining repeats like Netlify', () => {
    expect(headersFor(rules, '/entries/x/')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      Link: '</a.css>; rel=preload, </b.css>; rel=preload',
      'X-Entry': 'yes',
    })
    expect(headersFor(rules, '/topics/caching/')['Cache-Control']).toBe('max-age=60')
    expect(headersFor([], '/')).toEqual({})
  })

  it('joins the headers of literal and patterned rules in the order of the file', () => {
    const mixed = parseHeadersFile(
      ['/*', '  Link: <1>', '/a/', '  Link: <2>', '/:page/', '  Link: <3>', '/a/', '  Link: <4>'].join('\n'),
    )
    expect(headersFor(mixed, '/a/')).toEqual({ Link: '<1>, <2>, <3>, <4>' })
    expect(headersFor(mixed, '/b/')).toEqual({ Link: '<1>, <3>' })
  })
})

describe('the Content-Security-Policy of a page', () => {
  it('hashes inline scripts exactly, and skips scripts loaded by src', () => {
    const html =
      '<script src="/_next/a.js" async=""></script><script>self.__next_f=[]</script>' +
      '<script id="_R_">self.__next_f.push([1,"é"])</script><SCRIPT>self.__next_f=[]</SCRIPT>'
    expect(inlineScriptHashes(html)).toEqual(
      [sha256('self.__next_f=[]'), sha256('self.__next_f.push([1,"é"])')].toSorted(),
    )
  })

  it('writes a policy that allows only its own scripts and forbids the rest', () => {
    const policy = contentSecurityPolicy(["'sha256-abc='"])
    const directives = new Map(
      policy.split('; ').map((directive) => {
        const [name = '', ...sources] = directive.split(' ')
        return [name, sources] as const
      }),
    )
    expect(directives.get('script-src')).toEqual(["'self'", "'sha256-abc='"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    for (const closed of ['object-src', 'frame-ancestors']) expect(directives.get(closed)).toEqual(["'none'"])
    // Nothing but this site, `data:` images and the listed hashes is ever allowed.
    for (const [name, sources] of directives) {
      const allowed = name === 'img-src' ? ["'self'", 'data:'] : ["'self'", "'none'", "'sha256-abc='"]
      expect(
        sources.filter((source) => !allowed.includes(source)),
        name,
      ).toEqual([])
    }
    expect(policy).not.toContain('unsafe')
  })

  it('maps exported files to the paths a host serves them at', () => {
    expect(pathsOfHtmlFile('index.html')).toEqual(['/', '/index.html'])
    expect(pathsOfHtmlFile(join('topics', 'caching', 'index.html'))).toEqual([
      '/topics/caching/',
      '/topics/caching/index.html',
    ])
    expect(pathsOfHtmlFile('404.html')).toEqual(['/404.html', '/404'])
  })
})
