import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { scriptElements } from './html-scripts.mjs'
import { pruneExport, withBoundariesInPlace, withoutHydration } from './prune-export.mjs'

// The shape of an exported page, cut down: Next's scripts and payload around the page's own markup.
const page = (body: string) =>
  [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/base/_next/static/chunks/site.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/base/_next/static/chunks/webpack.js"/>',
    '<script src="/base/_next/static/chunks/main.js" async=""></script>',
    '<script>(function theme(){document.documentElement.className="dark"})()</script>',
    '<script src="/base/_next/static/chunks/polyfills.js" noModule=""></script>',
    '</head><body>',
    body,
    '<script type="application/ld+json">{"name":"self.__next_f"}</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"0:[\\"$\\",\\"p\\",null,{}]"])</script>',
    '</body></html>',
  ].join('')

const inlineTexts = (html: string) =>
  scriptElements(html)
    .filter((script) => !script.attributes.has('src'))
    .map((script) => script.text)

describe('withoutHydration', () => {
  it('leaves a page without an island its markup, style sheet, theme script and JSON-LD, and nothing of Next', () => {
    const html = withoutHydration(page('<main><h1>An entry</h1><a href="/base/topics/x/">X</a></main>'))
    expect(html).toContain('<main><h1>An entry</h1><a href="/base/topics/x/">X</a></main>')
    expect(html).toContain('href="/base/_next/static/chunks/site.css"')
    expect(inlineTexts(html)).toEqual([
      '(function theme(){document.documentElement.className="dark"})()',
      '{"name":"self.__next_f"}',
    ])
    expect(scriptElements(html).filter((script) => script.attributes.has('src'))).toEqual([])
    expect(html).not.toContain('as="script"')
  })

  it('leaves a page with an island as it is', () => {
    const html = page('<main><div data-island class="grid"><form role="search"></form></div></main>')
    expect(withoutHydration(html)).toBe(html)
  })

  it('is not fooled by the words of the marker in text', () => {
    const html = page('<main><p>The attribute data-island marks what React hydrates.</p></main>')
    expect(withoutHydration(html)).not.toContain('_next/static/chunks/main.js')
  })
})

describe('withBoundariesInPlace', () => {
  // What React's server renderer writes for boundaries it sends out of place, cut down: the first
  // completion carries its runtime, and the page a clock that throttles the reveals.
  const card = (slug: string) => `<article data-entry="${slug}"><div><h3>${slug}</h3></div><p>x</p></article>`
  const outOfPlace = page(
    [
      '<main data-island><ul>',
      '<li><!--$--><article data-entry="sent-in-place"></article><!--/$--></li>',
      '<li><!--$?--><template id="B:0"></template><!--/$--></li>',
      '<li><!--$?--><template id="B:a"></template><!--/$--></li>',
      '</ul></main>',
      '<script>requestAnimationFrame(function(){$RT=performance.now()});</script>',
      `<div hidden id="S:0">${card('first')}</div>`,
      '<script>$RB=[];$RC=function(a,b){for(var i=0;i<a.length;i++);};$RC("B:0","S:0")</script>',
      `<div hidden id="S:a">${card('second')}</div><script>$RC("B:a","S:a")</script>`,
    ].join(''),
  )

  it('puts each card back in its place, as a boundary sent in place, and leaves out the scripts that moved them', () => {
    const html = withBoundariesInPlace(outOfPlace)
    expect(html).toContain(
      [
        '<li><!--$--><article data-entry="sent-in-place"></article><!--/$--></li>',
        `<li><!--$-->${card('first')}<!--/$--></li>`,
        `<li><!--$-->${card('second')}<!--/$--></li>`,
      ].join(''),
    )
    expect(html).not.toContain('hidden id="S:')
    expect(html).not.toContain('<template')
    expect(inlineTexts(html).filter((text) => text.includes('$R'))).toEqual([])
  })

  it('leaves a page with no boundary sent out of place as it is', () => {
    const html = page('<main><ul><li><!--$--><article></article><!--/$--></li></ul></main>')
    expect(withBoundariesInPlace(html)).toBe(html)
  })

  it('refuses a page with a boundary whose content never came', () => {
    const html = page('<main><ul><li><!--$?--><template id="B:7"></template><!--/$--></li></ul></main>')
    expect(() => withBoundariesInPlace(html)).toThrow(
      'Suspense boundaries with no content to put in place: 7',
    )
  })
})

describe('pruneExport', () => {
  const out = mkdtempSync(join(tmpdir(), 'prune-export-'))
  afterAll(() => rmSync(out, { recursive: true, force: true }))
  const files: Record<string, string> = {
    'index.html': page('<div data-island></div>'),
    'robots.txt': 'User-agent: *',
    'entries/a/index.html': page('<h1>A</h1>'),
    '_next/static/chunks/main.js': 'self.__next_f',
    '_next/static/media/page.html': page('<h1>An asset, whatever its name</h1>'),
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(out, path, '..'), { recursive: true })
    writeFileSync(join(out, path), text)
  }
  let removed: Awaited<ReturnType<typeof pruneExport>>
  beforeAll(async () => {
    removed = await pruneExport(out)
  })

  it('leaves every file but the pages as it found it, Next’s assets included', () => {
    for (const path of ['robots.txt', '_next/static/chunks/main.js', '_next/static/media/page.html'])
      expect(readFileSync(join(out, path), 'utf8')).toBe(files[path])
  })

  it('rewrites the pages without an island and keeps the others', () => {
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(files['index.html'])
    expect(readFileSync(join(out, 'entries/a/index.html'), 'utf8')).not.toContain(
      '_next/static/chunks/main.js',
    )
    expect(removed.staticPages).toBe(1)
  })
})
