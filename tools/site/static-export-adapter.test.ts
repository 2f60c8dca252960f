import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { publishedFiles, writeStaticExport } from './static-export-adapter.mjs'

type BuildOutputs = Parameters<typeof publishedFiles>[0]

const dist = mkdtempSync(join(tmpdir(), 'static-export-dist-'))
afterAll(() => rmSync(dist, { recursive: true, force: true }))

/** A file of the build, its text naming it. */
function built(path: string) {
  const file = join(dist, path)
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, `built ${path}`)
  return file
}

const complete = { routeType: 'page', response: 'complete', compute: 'static' } as const

/** What `next build` hands its adapter for a site of a home page, an entry, a feed and the error pages. */
function buildOutputs(basePath = '') {
  const at = (pathname: string) => (basePath ? `${basePath}${pathname}`.replace(/\/$/, '') : pathname)
  const page = (pathname: string, route: string, file: string) => ({
    pathname: at(pathname),
    route,
    ...complete,
    fallback: { filePath: built(file) },
  })
  return {
    appPages: ['/', '/index.rsc', '/entries/[slug]', '/_not-found', '/_global-error'].map((route) => ({
      pathname: at(route),
    })),
    appRoutes: [{ pathname: at('/feed.xml') }, { pathname: at('/feed.xml.rsc') }],
    prerenders: [
      page('/', '/', 'app/index.html'),
      // The page's payload and its segments: no routeType, as they are not the page's own response.
      { pathname: at('/index.rsc'), route: '/', fallback: { filePath: built('app/index.rsc') } },
      {
        pathname: at('/index.segments/_tree.segment.rsc'),
        route: '/',
        fallback: { filePath: built('app/tree.rsc') },
      },
      page('/entries/a', '/entries/[slug]', 'app/entries/a.html'),
      { ...page('/feed.xml', '/feed.xml', 'app/feed.xml.body'), routeType: 'route' },
      page('/_global-error', '/_global-error', 'app/_global-error.html'),
    ],
    staticFiles: [
      { pathname: at('/_next/static/chunks/app.js'), filePath: built('static/chunks/app.js') },
      { pathname: at('/icon.svg'), filePath: built('app/icon.svg.body') },
      { pathname: at('/404'), filePath: built('pages/404.html') },
      { pathname: at('/500'), filePath: built('pages/500.html') },
    ],
    pages: [],
    pagesApi: [],
  } as unknown as BuildOutputs
}

/** Every file under dir, with the build file it was copied from. */
function filesUnder(dir: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const item of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (item.isFile()) {
      const path = join(item.parentPath, item.name)
      found[relative(dir, path)] = readFileSync(path, 'utf8').replace(/^built /, '')
    }
  return found
}

const SITE = {
  'index.html': 'app/index.html',
  'entries/a/index.html': 'app/entries/a.html',
  'feed.xml': 'app/feed.xml.body',
  '_next/static/chunks/app.js': 'static/chunks/app.js',
  'icon.svg': 'app/icon.svg.body',
  '404.html': 'pages/404.html',
  '404/index.html': 'pages/404.html',
}

describe('the static export adapter', () => {
  it('writes each page at its address, route files and assets as they are, and no payload or server error page', async () => {
    const out = join(dist, 'out')
    await writeStaticExport(buildOutputs(), '', out)
    expect(filesUnder(out)).toEqual(SITE)
  })

  it('replaces what out/ held before', async () => {
    const out = join(dist, 'out-before')
    mkdirSync(join(out, 'entries/gone'), { recursive: true })
    writeFileSync(join(out, 'entries/gone/index.html'), 'an entry removed since the last build')
    await writeStaticExport(buildOutputs(), '', out)
    expect(filesUnder(out)).toEqual(SITE)
  })

  it('writes a site built under a base path at the root of out/, as the host serves it under that path', async () => {
    const out = join(dist, 'out-base')
    await writeStaticExport(buildOutputs('/docs/ads'), '/docs/ads', out)
    expect(filesUnder(out)).toEqual(SITE)
  })

  it('refuses pages rendered per request and pages regenerated on a server, naming them', () => {
    const outputs = buildOutputs()
    const prerender = (pathname: string, changes: object) =>
      ({
        pathname,
        route: pathname,
        ...complete,
        fallback: { filePath: built(`app${pathname}.html`) },
        ...changes,
      }) as BuildOutputs['prerenders'][number]
    outputs.appPages.push({ pathname: '/account' } as BuildOutputs['appPages'][number])
    outputs.prerenders.push(
      prerender('/search', { compute: 'blocking' }),
      prerender('/news', { fallback: { filePath: built('app/news.html'), initialRevalidate: 60 } }),
    )
    expect(() => publishedFiles(outputs, '')).toThrow(
      'These routes need a server, which a static site does not have: /account, /search, /news',
    )
  })
})
