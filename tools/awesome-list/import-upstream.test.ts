import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readContentFiles } from '../content/content-files'
import { validateContent } from '../content/content-rules'
import { runImport } from './import'
import { listFile, TODAY } from './import.test-support'
import { captureOutput, readText, tempContentPerTest } from '../lib/content.test-support'

const folder = tempContentPerTest()

describe('npm run import: changes upstream', () => {
  const first = [
    '## Caching',
    '### Tools',
    '- [Cacheops](https://example.org/cacheops) - A cache.',
    '- [Cachalot](https://example.org/cachalot) - Caches queries.',
    '- [Steady](https://example.org/steady) - Stays the same.',
  ].join('\n')
  const changed = [
    '## Caching',
    '### Articles',
    '- (PAID) [Cacheops, renamed](https://example.org/cacheops) - A cache.',
    '### Tools',
    '- [Cachalot](https://example.org/cachalot) - Caches ORM queries, invalidating them.',
    '- [Steady](https://example.org/steady)',
  ].join('\n')

  it('reports changed entries and touches nothing without --update', () => {
    const dir = folder()
    expect(runImport([listFile(dir, first), '--content', dir], captureOutput(), TODAY)).toBe(0)
    const before = readContentFiles(dir).entries.map((file) => readText(file.path))
    const io = captureOutput()
    expect(runImport([listFile(dir, changed, 'changed.md'), '--content', dir], io, TODAY)).toBe(0)
    expect(readContentFiles(dir).entries.map((file) => readText(file.path))).toEqual(before)
    expect(io.stdout()).toMatch(
      /~ line 3: changed upstream \(title, media type, access\), \S+cacheops\.md {2}Cacheops, renamed/,
    )
    expect(io.stdout()).toMatch(/~ line 5: changed upstream \(description\), \S+cachalot\.md/)
    // No description upstream says nothing about ours.
    expect(io.stdout()).toMatch(/= line 6: already present, \S+steady\.md/)
    expect(io.stdout()).toContain('Total: 0 new, 1 already present, 2 changed upstream, 0 skipped.')
  })

  it('--update rewrites those four fields of changed entries and keeps the rest of the file', () => {
    const dir = folder()
    expect(runImport([listFile(dir, first), '--content', dir], captureOutput(), TODAY)).toBe(0)
    const cacheops = join(dir, 'entries/cacheops.md')
    const cachalot = join(dir, 'entries/cachalot.md')
    // A maintainer's additions: more topics, authors, a comment, field order of their own.
    writeFileSync(
      cacheops,
      '---\n# checked by hand\ntitle: "Cacheops"\nauthors: ["Alexander Schepanovski"]\nurl: https://example.org/cacheops\n' +
        'type: repository\ntopics: [caching, database-orm]\nadded: 2020-01-02\n---\n\nA cache.\n',
    )
    const steady = readText(join(dir, 'entries/steady.md'))
    const dryRun = captureOutput()
    expect(
      runImport(
        [listFile(dir, changed, 'changed.md'), '--update', '--dry-run', '--content', dir],
        dryRun,
        TODAY,
      ),
    ).toBe(0)
    expect(dryRun.stdout()).toContain('(title, media type, access), would update')
    expect(readText(cacheops)).toContain('title: "Cacheops"\n')

    const io = captureOutput()
    expect(runImport([listFile(dir, changed, 'changed.md'), '--update', '--content', dir], io, TODAY)).toBe(0)
    expect(readText(cacheops)).toBe(
      '---\n# checked by hand\ntitle: "Cacheops, renamed"\nauthors: ["Alexander Schepanovski"]\nurl: https://example.org/cacheops\n' +
        'type: article\ntopics: [caching, database-orm]\nadded: 2020-01-02\naccess: paid\n---\n\nA cache.\n',
    )
    expect(readText(cachalot)).toContain('---\n\nCaches ORM queries, invalidating them.\n')
    expect(readText(cachalot)).toContain(`added: ${TODAY}\n`)
    expect(readText(join(dir, 'entries/steady.md'))).toBe(steady)
    expect(readdirSync(join(dir, 'entries')).filter((name) => name.includes('.tmp'))).toEqual([])
    expect(validateContent(readContentFiles(dir))).toEqual([])

    const again = captureOutput()
    expect(runImport([listFile(dir, changed, 'changed.md'), '--content', dir], again, TODAY)).toBe(0)
    expect(again.stdout()).toContain('Total: 0 new, 3 already present, 0 changed upstream, 0 skipped.')
  })
})
