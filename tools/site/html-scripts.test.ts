import fc from 'fast-check'
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import { describe, expect, it } from 'vitest'

import { inlineScriptTexts, scriptElements, scriptSources } from './html-scripts.mjs'

type Node = DefaultTreeAdapterMap['node']

/** The oracle: the script elements parse5 finds, read as a browser reads the page. */
function parsedScripts(html: string) {
  const scripts: { attributes: Map<string, string>; text: string; start?: number; end?: number }[] = []
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'script') {
      const attributes = new Map(node.attrs.map((attribute) => [attribute.name, attribute.value]))
      const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('')
      const { startOffset: start, endOffset: end } = node.sourceCodeLocation ?? {}
      scripts.push({ attributes, text, start, end })
    }
    if ('childNodes' in node) node.childNodes.forEach(visit)
  }
  visit(parse(html, { sourceCodeLocationInfo: true }))
  return scripts
}

// Pieces of pages, the ordinary and the awkward; any sequence of them is a page both readers must agree on.
const PIECES = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8">',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  "<script async src='/_next/static/chunks/b.js'></script>",
  '<SCRIPT SRC=/_next/static/chunks/c.js></SCRIPT>',
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
  '<script>self.__next_f=self.__next_f||[]</script>',
  '<script id="_R_">self.__next_f.push([1,"<script src=\\"x\\">é"])</script>',
  '<script type="application/ld+json">{"name":"a > b"}</script >',
  '<script data-note="a > b" src="/d.js"></script/>',
  '<script>\r\nwindow.a = 1\r\n</script>',
  '<script/></script>',
  '</script>',
  '<scripts>not a script</scripts>',
  '<!-- <script>commented()</script> -->',
  '<!---->',
  '<style>p::before { content: "<script>" }</style>',
  '<title>About <script></title>',
  '<noscript><script>ignored()</script></noscript>',
  '<p class="x">Text with a < and a <b>bold</b> word</p>',
  '<textarea><script>typed()</script></textarea>',
]

describe('scriptElements', () => {
  it('finds the same scripts, attributes, text and places as a browser’s parser, for any sequence of page pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const html = pieces.join('\n')
        expect(scriptElements(html)).toEqual(parsedScripts(html))
      }),
      { numRuns: 500 },
    )
  })

  it('reads a page with each piece once', () => {
    const html = PIECES.join('\n')
    expect(scriptElements(html)).toEqual(parsedScripts(html))
  })
})

describe('inlineScriptTexts and scriptSources', () => {
  const html = [0, 1, 2, 3, 4, 5, 6, 8, 9, 13, 1].map((index) => PIECES[index]).join('\n')

  it('gives the text of each script without a src, line ends as the browser reads them', () => {
    expect(inlineScriptTexts(html)).toEqual([
      'self.__next_f=self.__next_f||[]',
      'self.__next_f.push([1,"<script src=\\"x\\">é"])',
      '\nwindow.a = 1\n',
    ])
  })

  it('lists each src a page loads once, in order, leaving out nomodule fallbacks and inline scripts', () => {
    expect(scriptSources(html)).toEqual([
      '/_next/static/chunks/a.js',
      '/_next/static/chunks/b.js',
      '/_next/static/chunks/c.js',
      '/d.js',
    ])
  })
})
