import { describe, expect, it } from 'vitest'

import { scriptSources } from './measure-files'

describe('scriptSources', () => {
  it('lists each <script src> once, in order, leaving out nomodule fallbacks and inline scripts', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script async src='/_next/static/chunks/b.js'></script>",
      '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
      '<script id="_R_">self.__next_f.push([1,"<script src=\\"x\\">"])</script>',
      '<SCRIPT SRC=/_next/static/chunks/c.js></SCRIPT>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
    ].join('\n')
    expect(scriptSources(html)).toEqual([
      '/_next/static/chunks/a.js',
      '/_next/static/chunks/b.js',
      '/_next/static/chunks/c.js',
    ])
  })
})
