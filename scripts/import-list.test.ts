import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readContentFiles } from '../lib/content-files'
import { validateContent } from '../lib/content-rules'
import { runImport } from './import-list'
import { captureOutput, entriesIn, entryFileNames, readText, tempContentPerTest } from './test-support'

const SEED = 'lib/tooling/awesome-list/fixtures/awesome-django-scale.md'
const TODAY = '2026-11-25'
const folder = tempContentPerTest()
function listFile(dir: string, markdown: string) {
  const path = join(dir, 'list.md')
  writeFileSync(path, markdown)
  return path
}

describe('npm run import', () => {
  it('imports the seed list into an empty folder: exactly its 10 entries', () => {
    const dir = folder()
    const io = captureOutput()
    expect(runImport([SEED, '--topic', 'performance-overview', '--content', dir], io, TODAY)).toBe(0)

    const entries = entriesIn(dir)
    expect(entries).toHaveLength(10)
    const byTitle = Object.fromEntries(entries.map((entry) => [entry.title, entry]))
    const expected: [string, string, string][] = [
      ['Django Cacheback', 'https://django-cacheback.readthedocs.io/en/latest/', 'repository'],
      ['django-bulk-update', 'https://pypi.org/project/django-bulk-update/', 'repository'],
      ['django-bulk-load', 'https://pypi.org/project/django-bulk-load/', 'repository'],
      [
        'Django - Documentation: Performance and optimization',
        'https://docs.djangoproject.com/en/5.0/topics/performance/',
        'article',
      ],
      [
        'Reining in the thundering herd ⛈ Getting to 80% CPU utilization with Django',
        'https://blog.clubhouse.com/reining-in-the-thundering-herd-with-django-and-gunicorn/',
        'article',
      ],
      [
        'A Guide to Using pgBouncer for PostgreSQL',
        'https://severalnines.com/blog/guide-using-pgbouncer/',
        'article',
      ],
      [
        'Scaling Django for millions of users',
        'https://medium.com/@cjgiridhar/scaling-django-for-millions-of-users-7658113e720',
        'article',
      ],
      [
        'Django @Instagram - Carl Meyer | Django Chat',
        'https://djangochat.com/episodes/django-instagram-carl-meyer/',
        'audio',
      ],
      [
        'Carl Meyer about Django @ Instagram at Django: Under The Hood 2016',
        'https://www.youtube.com/watch?v=lx5WQjXLlq8',
        'video',
      ],
      [
        'DjangoCon Europe 2023 | Squeezing Django performance for 14.9 million users on WhatsApp',
        'https://www.youtube.com/watch?v=A_bkbAv9TQs',
        'video',
      ],
    ]
    for (const [title, url, type] of expected) {
      expect(byTitle[title], title).toMatchObject({
        url,
        type,
        topics: ['performance-overview'],
        added: TODAY,
      })
    }
    expect(byTitle['Django Cacheback']!.body).toBe(
      'Cacheback is an extensible caching library that refreshes stale cache items asynchronously using a Celery ' +
        'or rq task (utilizing django-rq). The key idea being that it’s better to serve a stale item (and populate ' +
        'the cache asynchronously) than block the response process in order to populate the cache synchronously.',
    )
    expect(byTitle['django-bulk-update']!.body).toBe(
      'Simple bulk update over Django ORM or with helper function.',
    )
    expect(byTitle['Scaling Django for millions of users']!.body).toBe('')
    expect(validateContent(readContentFiles(dir))).toEqual([])
    expect(io.stdout()).toContain('Repositories: 3 created, 0 already present, 0 skipped')
    expect(io.stdout()).toContain('Contents: 0 created, 0 already present, 4 skipped')
    expect(io.stdout()).toContain('Total: 10 created, 0 already present, 4 skipped.')
  })

  it('leaves an already-listed URL alone and gives a clashing slug a number', () => {
    const dir = folder()
    const list = listFile(
      dir,
      '## Articles\n- [Django Cacheback](https://example.org/other): same title, new URL\n' +
        '- [Listed](https://Django-Cacheback.readthedocs.io/en/latest): same URL, other spelling\n',
    )
    expect(runImport([SEED, '--topic', 'caching', '--content', dir], captureOutput(), TODAY)).toBe(0)
    const before = readText(join(dir, 'entries/django-cacheback.md'))

    const io = captureOutput()
    expect(runImport([list, '--topic', 'caching', '--content', dir], io, TODAY)).toBe(0)
    expect(readText(join(dir, 'entries/django-cacheback.md'))).toBe(before)
    expect(readText(join(dir, 'entries/django-cacheback-2.md'))).toContain('url: https://example.org/other')
    expect(entryFileNames(dir)).toHaveLength(11)
    expect(io.stdout()).toContain('Articles: 1 created, 1 already present, 0 skipped')
    expect(io.stdout()).toMatch(/= Listed: already present \(.*django-cacheback\.md\)/)

    // Importing the seed again changes nothing.
    const again = captureOutput()
    expect(runImport([SEED, '--topic', 'caching', '--content', dir], again, TODAY)).toBe(0)
    expect(again.stdout()).toContain('Total: 0 created, 10 already present, 4 skipped.')
    expect(entryFileNames(dir)).toHaveLength(11)
  })

  it('writes nothing on --dry-run but reports what it would do', () => {
    const dir = folder()
    const io = captureOutput()
    expect(runImport([SEED, '--topic', 'caching', '--dry-run', '--content', dir], io, TODAY)).toBe(0)
    expect(entryFileNames(dir)).toEqual([])
    expect(io.stdout()).toContain(
      'Total: 10 would create, 0 already present, 4 skipped (dry run: nothing written).',
    )
  })

  it('refuses a section it cannot map, listing the sections and the --map flag; --map fixes it', () => {
    const dir = folder()
    const list = listFile(
      dir,
      '## Newsletters\n- [Weekly](https://example.org/weekly)\n## Talks\n- [T](https://example.org/t)\n',
    )
    const io = captureOutput()
    expect(runImport([list, '--topic', 'caching', '--content', dir], io, TODAY)).toBe(1)
    expect(io.stderr()).toContain('cannot tell the media type of section(s) "Newsletters"')
    expect(io.stderr()).toContain('Sections found: "Newsletters", "Talks"')
    expect(io.stderr()).toContain('--map "Section name=media type"')
    expect(entryFileNames(dir)).toEqual([])

    expect(
      runImport(
        [list, '--topic', 'caching', '--map', 'newsletters=article', '--content', dir],
        captureOutput(),
        TODAY,
      ),
    ).toBe(0)
    expect(entriesIn(dir).map((entry) => [entry.title, entry.type])).toEqual([
      ['T', 'video'],
      ['Weekly', 'article'],
    ])
  })

  it('can skip a section with --map "Name=skip"', () => {
    const dir = folder()
    const list = listFile(
      dir,
      '## Sponsors\n- [Acme](https://acme.example.org)\n## Books\n- [B](https://example.org/b)\n',
    )
    const io = captureOutput()
    expect(
      runImport([list, '--topic', 'caching', '--map', 'Sponsors=skip', '--content', dir], io, TODAY),
    ).toBe(0)
    expect(entriesIn(dir).map((entry) => [entry.title, entry.type])).toEqual([['B', 'book']])
    expect(io.stdout()).toContain('Sponsors: 0 created, 0 already present, 1 skipped')
  })

  it('asks for --topic when a section heading names no topic, and refuses an unknown topic', () => {
    const dir = folder()
    const io = captureOutput()
    expect(runImport([SEED, '--content', dir], io, TODAY)).toBe(1)
    expect(io.stderr()).toContain(
      'no topic for section(s) "Repositories", "Articles and blogs", "Audio", "Video"',
    )
    expect(io.stderr()).toContain('Pass --topic <slug> (known: app-servers, async-tasks, caching')

    const unknown = captureOutput()
    expect(runImport([SEED, '--topic', 'nope', '--content', dir], unknown, TODAY)).toBe(1)
    expect(unknown.stderr()).toContain('unknown topic "nope"')
    expect(entryFileNames(dir)).toEqual([])
  })

  it('refuses bad flags with the usage line', () => {
    const io = captureOutput()
    expect(runImport(['--content'], io, TODAY)).toBe(2)
    expect(io.stderr()).toContain('Usage: npm run import')
    expect(runImport([SEED, '--map', 'no-equals-sign', '--topic', 'caching'], io, TODAY)).toBe(2)
    expect(io.stderr()).toContain('--map "no-equals-sign" must look like "Section name=media type"')
  })
})
