import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { finishExport } from './finish-export.mjs'
import { headersFor, parseHeadersFile } from './headers-file.mjs'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const brotli = (text: string, quality: number) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } })

describe('finishExport, the last step of the build', () => {
  const out = mkdtempSync(join(tmpdir(), 'finish-export-'))
  afterAll(() => rmSync(out, { recursive: true, force: true }))
  const payload = '<script>self.__next_f.push([1,"page"])</script>'
  const files: Record<string, string> = {
    'index.html': `<div data-island></div><script>home()</script>${payload}`,
    'topics/caching/index.html': `<p>Caching</p><script>theme()</script>${payload}`,
    'search-index.json': JSON.stringify({ titles: Array.from({ length: 400 }, (_, i) => `Entry ${i}`) }),
    '_next/static/chunks/app.js': 'console.log("app")',
    'compare-data/0.json': JSON.stringify({ parts: Array.from({ length: 400 }, (_, i) => `Part ${i}`) }),
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(out, path, '..'), { recursive: true })
    writeFileSync(join(out, path), text)
  }
  let finished: Awaited<ReturnType<typeof finishExport>>
  beforeAll(async () => {
    finished = await finishExport(out)
  })

  it('gives each page a policy for the scripts the pruned page keeps, and no other page’s', () => {
    const rules = parseHeadersFile(readFileSync(join(out, '_headers'), 'utf8'))
    const scriptSources = (path: string) =>
      /script-src ([^;]*)/.exec(headersFor(rules, path)['Content-Security-Policy'] ?? '')?.[1]
    // The home page has an island, so it keeps Next's payload; the topic page loses it.
    expect(scriptSources('/')).toBe(
      ["'self'", ...[sha256('home()'), sha256('self.__next_f.push([1,"page"])')].toSorted()].join(' '),
    )
    expect(scriptSources('/topics/caching/')).toBe(`'self' ${sha256('theme()')}`)
    expect(readFileSync(join(out, 'topics/caching/index.html'), 'utf8')).not.toContain('__next_f')
    expect(headersFor(rules, '/search-index.json')['Content-Security-Policy']).toBeUndefined()
    expect(finished.pages).toBe(2)
  })

  it('spends Brotli’s best quality on the search data, and quality 9 on the comparison’s parts', () => {
    expect(finished.sizes).toHaveLength(3)
    const copy = (path: string) => readFileSync(join(out, `${path}.br`))
    expect(copy('search-index.json').equals(brotli(files['search-index.json']!, 11))).toBe(true)
    expect(copy('compare-data/0.json').equals(brotli(files['compare-data/0.json']!, 9))).toBe(true)
  })
})
