import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { comparableUrl } from '../content/content-rules'
import { runExport } from './export'
import { runImport } from './import'
import { captureOutput, entriesIn, readText, tempContent } from '../lib/content.test-support'

const work = mkdtempSync(join(tmpdir(), 'ads-export-'))
const target = tempContent()
afterAll(() => {
  rmSync(work, { recursive: true, force: true })
  target.cleanup()
})

/** What a description should survive as: its first paragraph, on one line. */
const firstParagraph = (body: string) => (body.trim().split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim()

describe('npm run export:readme', () => {
  const out = join(work, 'AWESOME.md')

  it('round-trips the real content/ folder, plus paid entries, through the README and import', () => {
    const source = tempContent()
    try {
      cpSync('content/entries', join(source.dir, 'entries'), { recursive: true })
      // Paid entries with several topics, and one without a description, whatever content/ holds today.
      writeFileSync(
        join(source.dir, 'entries/zz-paid-book.md'),
        '---\ntitle: "A *paid* book"\nurl: https://example.org/zz-paid-book\ntype: book\n' +
          'topics: [caching, search]\nadded: 2026-11-25\naccess: paid\n---\n\nWorth buying.\n',
      )
      writeFileSync(
        join(source.dir, 'entries/zz-paid-talk.md'),
        '---\ntitle: "Paid talk"\nurl: https://example.org/zz-paid-talk\ntype: video\n' +
          'topics: [search]\nadded: 2026-11-25\naccess: paid\n---\n',
      )
      expect(runExport(['--content', source.dir, '--out', out], captureOutput())).toBe(0)
      expect(readText(out)).toContain(
        '- (PAID) [A \\*paid\\* book](https://example.org/zz-paid-book) - Worth buying. Also in: Search.\n',
      )
      const io = captureOutput()
      expect(runImport([out, '--content', target.dir], io, '2026-11-25'), io.stderr()).toBe(0)

      const originals = entriesIn(source.dir)
      const imported = new Map(entriesIn(target.dir).map((entry) => [comparableUrl(entry.url), entry]))
      expect(originals.length).toBeGreaterThan(2)
      expect(imported.size).toBe(originals.length)
      for (const original of originals) {
        const copy = imported.get(comparableUrl(original.url))
        expect(copy, original.path).toBeDefined()
        expect(
          {
            title: copy!.title,
            url: copy!.url,
            type: copy!.type,
            topics: copy!.topics,
            access: copy!.access,
            body: copy!.body,
          },
          original.path,
        ).toEqual({
          title: original.title,
          url: original.url,
          type: original.type,
          topics: original.topics,
          access: original.access,
          body: firstParagraph(original.body),
        })
      }
    } finally {
      source.cleanup()
    }
  })

  it('writes a list that awesome-lint passes with no errors (npm run lint:awesome)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ads-lint-'))
    try {
      expect(runExport(['--content', 'content', '--out', join(dir, 'AWESOME.md')], captureOutput())).toBe(0)
      // awesome-lint looks for contributing.md beside the list.
      cpSync('CONTRIBUTING.md', join(dir, 'CONTRIBUTING.md'))
      const lint = spawnSync(process.execPath, ['tools/awesome-list/lint.mjs', join(dir, 'AWESOME.md')], {
        encoding: 'utf8',
      })
      expect(lint.stdout).toMatch(/: 0 error\(s\), \d+ warning\(s\); awesome-github not run/)
      expect(lint.status, lint.stdout).toBe(0)

      rmSync(join(dir, 'CONTRIBUTING.md'))
      const without = spawnSync(process.execPath, ['tools/awesome-list/lint.mjs', join(dir, 'AWESOME.md')], {
        encoding: 'utf8',
      })
      expect(without.stdout).toContain('Missing file contributing.md')
      expect(without.status).toBe(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('--check passes when the file is current and fails with a hint when it is not', () => {
    expect(runExport(['--content', 'content', '--out', out], captureOutput())).toBe(0)
    const current = captureOutput()
    expect(runExport(['--check', '--content', 'content', '--out', out], current)).toBe(0)

    writeFileSync(out, `${readText(out)}\n- [Stale](https://example.org/stale)\n`)
    const stale = captureOutput()
    expect(runExport(['--check', '--content', 'content', '--out', out], stale)).toBe(1)
    expect(stale.stderr()).toContain('is out of date')
    expect(stale.stderr()).toContain('run `npm run export:readme`')

    const missing = captureOutput()
    expect(runExport(['--check', '--content', 'content', '--out', join(work, 'none.md')], missing)).toBe(1)
  })

  it('refuses to export invalid content, naming the file and field', () => {
    const broken = tempContent()
    try {
      writeFileSync(
        join(broken.dir, 'entries/bad.md'),
        '---\ntitle: "Bad"\nurl: https://example.org\ntype: film\ntopics: [caching]\nadded: 2026-11-25\n---\n',
      )
      const io = captureOutput()
      expect(runExport(['--content', broken.dir, '--out', join(work, 'bad.md')], io)).toBe(1)
      expect(io.stderr()).toMatch(/bad\.md: field "type": "film" is not a media type/)
    } finally {
      broken.cleanup()
    }
  })
})
