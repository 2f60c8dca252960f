import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

import { describe, expect, it } from 'vitest'

import type { Entry } from '../../lib/content/catalog'
import { buildContent, entry, workDirsPerFile } from './hostile.test-support'

/** The site's content build on its own, without the content check that runs beside it in `npm run content`. */

const workDir = workDirsPerFile()

describe('the content build (content-collections.ts)', () => {
  it('refuses a file its schema refuses, naming the file and the field', async () => {
    const dir = workDir({ 'entries/misfiled.md': entry({ type: 'podcastt' }) })
    const { code, output } = await buildContent(dir)
    expect(code).not.toBe(0)
    expect(output).toContain('content/entries/misfiled.md')
    expect(output).toMatch(/- type: "podcastt" is not a media type/)
  }, 60_000)

  it("gives each entry the schema's output, its slug, permalink and host, and its body as HTML and text", async () => {
    const dir = workDir({
      // No `access`: the schema's default applies. The body opens with a rule, which is not frontmatter.
      'entries/built-entry.md': entry({ url: 'https://www.built.example.org/post/' }, '---\n\n*Read* it.'),
    })
    expect((await buildContent(dir)).code).toBe(0)
    const generated = pathToFileURL(join(dir, '.content-collections/generated/index.js')).href
    const { allEntries } = (await import(generated)) as { allEntries: Entry[] }
    expect(allEntries.find((document) => document.slug === 'built-entry')).toEqual({
      title: 'A hostile entry',
      url: 'https://www.built.example.org/post/',
      type: 'article',
      topics: ['caching'],
      added: '2026-11-25',
      access: 'free',
      sources: ['https://hostile.example.org/'],
      verified: '2026-11-25',
      slug: 'built-entry',
      permalink: '/entries/built-entry/',
      host: 'built.example.org',
      description: 'Read it.',
      html: '<hr>\n<p><em>Read</em> it.</p>',
    })
  }, 60_000)
})
