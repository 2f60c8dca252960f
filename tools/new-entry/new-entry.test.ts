import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readContentFiles } from '../content/content-files'
import { validateContent } from '../content/content-rules'
import { runNewEntry } from './new-entry'
import {
  captureOutput,
  entriesIn,
  entryFileNames,
  readText,
  tempContent,
  tempContentPerTest,
} from '../lib/content.test-support'

const TODAY = '2026-11-25'
const folder = tempContentPerTest()
const base = (dir: string) => [
  '--url',
  'https://example.org/talk',
  '--title',
  'A Talk: On Scale',
  '--type',
  'video',
  '--topics',
  'caching, database-orm',
  '--content',
  dir,
]

describe('npm run new', () => {
  it('prints its usage for --help and writes nothing', () => {
    const { dir, cleanup } = tempContent()
    try {
      const io = captureOutput()
      expect(runNewEntry(['--help', '--content', dir], io)).toBe(0)
      expect(io.stdout()).toMatch(/^Usage: npm run new -- --url <url>/)
      expect(entryFileNames(dir)).toEqual([])
    } finally {
      cleanup()
    }
  })

  it('writes a valid entry file in the house style', () => {
    const dir = folder()
    const io = captureOutput()
    const args = [...base(dir), '--authors', 'Ada Lovelace, Alan Turing', '--published', '2020']
    expect(runNewEntry([...args, '--description', 'What it covers.'], io, TODAY)).toBe(0)
    expect(io.stdout()).toMatch(/Wrote .*entries\/a-talk-on-scale\.md/)
    expect(readText(join(dir, 'entries/a-talk-on-scale.md'))).toBe(
      [
        '---',
        'title: "A Talk: On Scale"',
        'url: https://example.org/talk',
        'type: video',
        'topics: [caching, database-orm]',
        `added: ${TODAY}`,
        'authors: ["Ada Lovelace", "Alan Turing"]',
        'published: "2020"',
        '---',
        '',
        'What it covers.',
        '',
      ].join('\n'),
    )
    expect(validateContent(readContentFiles(dir))).toEqual([])
  })

  it('writes an empty body without --description', () => {
    const dir = folder()
    expect(runNewEntry(base(dir), captureOutput(), TODAY)).toBe(0)
    expect(entriesIn(dir)[0]!.body).toBe('')
  })

  it.each([
    [
      ['--type', 'film'],
      '--type "film" is not a media type (expected one of repository, article, audio, video, book)',
    ],
    [['--topics', 'caching,nope'], '--topics: unknown topic "nope"'],
    [['--url', 'ftp://example.org/x'], '--url must be an http(s) URL'],
    [['--url', 'not a url'], '--url "not a url" is not a URL'],
    [['--published', '20'], 'field "published": must be a year or date'],
  ])('refuses %j', (override, message) => {
    const dir = folder()
    const io = captureOutput()
    expect(runNewEntry([...base(dir), ...override], io, TODAY)).toBe(1)
    expect(io.stderr()).toContain(message)
    expect(entryFileNames(dir)).toEqual([])
  })

  it('refuses a URL already in the catalogue and never overwrites a slug', () => {
    const dir = folder()
    expect(runNewEntry(base(dir), captureOutput(), TODAY)).toBe(0)
    const original = readText(join(dir, 'entries/a-talk-on-scale.md'))

    const sameUrl = captureOutput()
    expect(
      runNewEntry([...base(dir), '--title', 'Other', '--url', 'https://EXAMPLE.org/talk/'], sameUrl, TODAY),
    ).toBe(1)
    expect(sameUrl.stderr()).toMatch(/already in the catalogue: .*a-talk-on-scale\.md/)

    const sameSlug = captureOutput()
    expect(runNewEntry([...base(dir), '--url', 'https://example.org/other'], sameSlug, TODAY)).toBe(1)
    expect(sameSlug.stderr()).toContain('already exists; choose another --title or pass --slug')
    expect(readText(join(dir, 'entries/a-talk-on-scale.md'))).toBe(original)

    expect(
      runNewEntry(
        [...base(dir), '--url', 'https://example.org/other', '--slug', 'a-talk-2'],
        captureOutput(),
        TODAY,
      ),
    ).toBe(0)
    expect(entryFileNames(dir)).toEqual(['a-talk-2.md', 'a-talk-on-scale.md'])
  })

  it('names the missing flags', () => {
    const io = captureOutput()
    expect(runNewEntry(['--title', 'x'], io, TODAY)).toBe(2)
    expect(io.stderr()).toContain('Missing --url, --type, --topics.')
  })

  it('never writes over an existing file, even one that is not a valid entry', () => {
    const dir = folder()
    writeFileSync(join(dir, 'entries/a-talk-on-scale.md'), 'not even frontmatter')
    const io = captureOutput()
    expect(runNewEntry(base(dir), io, TODAY)).toBe(1)
    expect(readText(join(dir, 'entries/a-talk-on-scale.md'))).toBe('not even frontmatter')
  })
})
