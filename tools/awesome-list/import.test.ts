import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readContentFiles } from '../content/content-files'
import { validateContent } from '../content/content-rules'
import { runImport } from './import'
import { listFile, SEED, TODAY } from './import.test-support'
import {
  captureOutput,
  entriesIn,
  entryFileNames,
  readText,
  tempContentPerTest,
} from '../lib/content.test-support'

const folder = tempContentPerTest()

const byTitle = (dir: string) => Object.fromEntries(entriesIn(dir).map((entry) => [entry.title, entry]))

describe('npm run import: a README file', () => {
  it('imports the seed list into an empty folder: exactly its 10 entries, dated today', () => {
    const dir = folder()
    const io = captureOutput()
    expect(runImport([SEED, '--topic', 'performance-overview', '--content', dir], io, TODAY)).toBe(0)

    const entries = byTitle(dir)
    expect(Object.keys(entries)).toHaveLength(10)
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
      expect(entries[title], title).toMatchObject({
        url,
        type,
        topics: ['performance-overview'],
        added: TODAY,
      })
      expect(entries[title]!.access, title).toBe('free')
    }
    expect(entries['django-bulk-update']!.body).toBe(
      'Simple bulk update over Django ORM or with helper function.',
    )
    expect(entries['Scaling Django for millions of users']!.body).toBe('')
    expect(validateContent(readContentFiles(dir))).toEqual([])
    expect(io.stdout()).toContain(`added = ${TODAY}`)
    expect(io.stdout()).toMatch(
      /Repositories\n {2}\+ line 24: new, .*django-cacheback\.md {2}Django Cacheback/,
    )
    expect(io.stdout()).toContain('Total: 10 new, 0 already present, 0 changed upstream, 4 skipped.')
  })

  it('creates nothing on a second run, and gives a clashing slug a number', () => {
    const dir = folder()
    expect(runImport([SEED, '--topic', 'caching', '--content', dir], captureOutput(), TODAY)).toBe(0)
    const before = readText(join(dir, 'entries/django-cacheback.md'))
    const list = listFile(
      dir,
      '## Repositories\n- [Django Cacheback](https://example.org/other) - Same title, new URL.\n' +
        '- [Django Cacheback](https://Django-Cacheback.readthedocs.io/en/latest) - Cacheback is an extensible caching library that refreshes stale cache items asynchronously using a Celery or rq task (utilizing django-rq). The key idea being that it’s better to serve a stale item (and populate the cache asynchronously) than block the response process in order to populate the cache synchronously.\n',
    )
    const io = captureOutput()
    expect(runImport([list, '--topic', 'caching', '--content', dir], io, TODAY)).toBe(0)
    expect(readText(join(dir, 'entries/django-cacheback.md'))).toBe(before)
    expect(readText(join(dir, 'entries/django-cacheback-2.md'))).toContain('url: https://example.org/other')
    expect(io.stdout()).toMatch(/= line 3: already present, .*django-cacheback\.md {2}Django Cacheback/)
    expect(io.stdout()).toMatch(
      /\+ line 2: new, \S+django-cacheback-2\.md {2}Django Cacheback \(same title as \S+entries\/django-cacheback\.md, another URL/,
    )

    const again = captureOutput()
    expect(runImport([SEED, '--topic', 'caching', '--content', dir], again, TODAY)).toBe(0)
    expect(again.stdout()).toContain('Total: 0 new, 10 already present, 0 changed upstream, 4 skipped.')
    expect(entryFileNames(dir)).toHaveLength(11)
  })

  it('writes nothing on --dry-run but reports what it would do', () => {
    const dir = folder()
    const io = captureOutput()
    expect(runImport([SEED, '--topic', 'caching', '--dry-run', '--content', dir], io, TODAY)).toBe(0)
    expect(entryFileNames(dir)).toEqual([])
    expect(io.stdout()).toContain(
      'Total: 10 new (not written), 0 already present, 0 changed upstream, 4 skipped; dry run: nothing written.',
    )
  })

  it('reads "(PAID)" before or after the link as access: paid, and keeps nested bullets as a note', () => {
    const dir = folder()
    const list = listFile(
      dir,
      [
        '## Books',
        '- (PAID) [Before](https://example.org/before)',
        '- [After](https://example.org/after) (paid) - A book.',
        '- [Free](https://example.org/free)',
        '  - A note on it.',
      ].join('\n'),
    )
    expect(runImport([list, '--topic', 'caching', '--content', dir], captureOutput(), TODAY)).toBe(0)
    const entries = byTitle(dir)
    expect([entries.Before!.access, entries.After!.access, entries.Free!.access]).toEqual([
      'paid',
      'paid',
      'free',
    ])
    expect(entries.After!.body).toBe('A book.')
    expect(entries.Free!.body).toBe('- A note on it.')
    expect(readText(join(dir, 'entries/before.md'))).toContain('\naccess: paid\n')
  })
})

describe('npm run import: usage', () => {
  it('refuses bad flags with the usage line', () => {
    const io = captureOutput()
    expect(runImport(['--content'], io, TODAY)).toBe(2)
    expect(io.stderr()).toContain('Usage: npm run import')
    expect(runImport([SEED, '--map', 'no-equals-sign'], io, TODAY)).toBe(2)
    expect(io.stderr()).toContain(
      '--map "no-equals-sign" must look like "Heading=<media type>|topic:<slug>|skip"',
    )
    expect(runImport([SEED, '--map', 'Tools=topic:nope'], io, TODAY)).toBe(2)
    expect(io.stderr()).toContain('there is no topic "nope"')
    expect(runImport([SEED, '--type', 'film'], io, TODAY)).toBe(2)
    expect(io.stderr()).toContain('--type "film" is not a media type')
  })

  it('refuses an unknown --topic and writes nothing', () => {
    const dir = folder()
    const io = captureOutput()
    expect(runImport([SEED, '--topic', 'nope', '--content', dir], io, TODAY)).toBe(1)
    expect(io.stderr()).toContain('--topic "nope": there is no topic file nope.md')
    expect(entryFileNames(dir)).toEqual([])
  })
})
