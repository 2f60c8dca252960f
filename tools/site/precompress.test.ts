import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'

import { precompressedAssets, precompressFiles } from './precompress.mjs'

describe('precompressed copies', () => {
  const out = mkdtempSync(join(tmpdir(), 'precompress-'))
  afterAll(() => rmSync(out, { recursive: true, force: true }))
  mkdirSync(join(out, '_next', 'static', 'chunks'), { recursive: true })
  mkdirSync(join(out, 'entries', 'a'), { recursive: true })
  mkdirSync(join(out, 'compare-data'), { recursive: true })
  const files = {
    'search-index.json': JSON.stringify({ title: Array.from({ length: 500 }, (_, i) => `Entry ${i}`) }),
    'feed.json': '{}',
    '_next/static/chunks/app.js': 'console.log("app");'.repeat(50),
    '_next/static/chunks/app.css': 'body{margin:0}',
    '_next/static/chunks/map.txt': 'not fetched by search',
    'entries/a/index.html': '<p>a page</p>',
    'entries/a/data.json': '{}',
    'compare-data/0.json': '{}',
  }
  for (const [path, text] of Object.entries(files)) writeFileSync(join(out, path), text)

  it('covers the JSON at the root of out/, the comparison data and every script and style sheet, nothing else', () => {
    const relative = precompressedAssets(out).map((file: string) => file.slice(out.length + 1))
    expect(relative.toSorted()).toEqual(
      [
        '_next/static/chunks/app.css',
        '_next/static/chunks/app.js',
        'compare-data/0.json',
        'feed.json',
        'search-index.json',
      ].toSorted(),
    )
  })

  it('writes a Brotli and a gzip copy beside each file that decompress to it, and gives their sizes', async () => {
    const compressed = ['search-index.json', '_next/static/chunks/app.js'].map((path) => join(out, path))
    const sizes = await precompressFiles(compressed)
    compressed.forEach((file, index) => {
      const original = readFileSync(file)
      const brotli = readFileSync(`${file}.br`)
      const gzipped = readFileSync(`${file}.gz`)
      expect(brotliDecompressSync(brotli).equals(original)).toBe(true)
      expect(gunzipSync(gzipped).equals(original)).toBe(true)
      expect(sizes[index]).toEqual({ raw: original.length, brotli: brotli.length, gzip: gzipped.length })
      expect(brotli.length).toBeLessThan(original.length / 4)
    })
  })
})
