import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readContentFiles } from '../lib/tooling/content-files'
import { readTopicRecord } from '../lib/tooling/content-records'
import { validateContent } from '../lib/tooling/content-rules'
import { runImport } from './import-list'
import { captureOutput, entriesIn, entryFileNames, readText, tempContentPerTest } from './test-support'

const SEED = 'lib/tooling/awesome-list/fixtures/awesome-django-scale.md'
const TODAY = '2026-11-25'
const folder = tempContentPerTest()

function listFile(dir: string, markdown: string, name = 'list.md') {
  const path = join(dir, name)
  writeFileSync(path, markdown)
  return path
}

function git(repo: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' }
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
  return execFileSync(
    'git',
    ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args],
    {
      env,
      encoding: 'utf8',
    },
  )
}

/** A git repository whose README.md goes through the given versions, one commit each. */
function repositoryWith(dir: string, versions: { date: string; readme: string }[]): string {
  const repo = join(dir, 'list-repo')
  mkdirSync(repo)
  git(repo, ['init', '-q', '-b', 'main'])
  for (const [n, version] of versions.entries()) {
    writeFileSync(join(repo, 'README.md'), version.readme)
    git(repo, ['add', 'README.md'])
    git(repo, ['commit', '-q', '-m', `version ${n + 1}`], version.date)
  }
  return repo
}

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
      expect(entries[title]!.access, title).toBeUndefined()
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
      undefined,
    ])
    expect(entries.After!.body).toBe('A book.')
    expect(entries.Free!.body).toBe('- A note on it.')
    expect(readText(join(dir, 'entries/before.md'))).toContain('\naccess: paid\n')
  })
})

describe('npm run import: headings as a tree', () => {
  it('"## Caching / ### Tools / ### Articles": topic from the outer heading, media type from the inner', () => {
    const dir = folder()
    const list = listFile(
      dir,
      [
        '# Awesome Things',
        '## Caching',
        '### Tools',
        '- [Cacheops](https://example.org/cacheops) - A cache.',
        '### Articles',
        '- [On caching](https://example.org/on-caching)',
        '## Search',
        '### Talks',
        '- [Search talk](https://example.org/search-talk)',
      ].join('\n'),
    )
    expect(runImport([list, '--content', dir], captureOutput(), TODAY)).toBe(0)
    expect(entriesIn(dir).map(({ title, type, topics }) => [title, type, topics])).toEqual([
      ['Cacheops', 'repository', ['caching']],
      ['On caching', 'article', ['caching']],
      ['Search talk', 'video', ['search']],
    ])
  })

  it('"## Third-Party Packages / ### Caching": media type from the outer heading, topic from the inner', () => {
    const dir = folder()
    const list = listFile(
      dir,
      [
        '## Third-Party Packages',
        '### Caching',
        '- [Cachalot](https://example.org/cachalot)',
        '### database-orm',
        '- [Auto prefetch](https://example.org/auto-prefetch)',
      ].join('\n'),
    )
    expect(runImport([list, '--content', dir], captureOutput(), TODAY)).toBe(0)
    expect(entriesIn(dir).map(({ title, type, topics }) => [title, type, topics])).toEqual([
      ['Auto prefetch', 'repository', ['database-orm']],
      ['Cachalot', 'repository', ['caching']],
    ])
  })

  it('"Resources / ### Podcasts" (a setext group): media type from the inner heading, topic from --topic or --map', () => {
    const dir = folder()
    const markdown = [
      'Resources',
      '---------',
      '',
      '### Podcasts',
      '',
      '* [Chat](https://example.org/chat)',
      '',
      '### Books',
      '',
      '* [Book](https://example.org/book)',
    ].join('\n')
    const list = listFile(dir, markdown)
    expect(runImport([list, '--topic', 'case-studies', '--content', dir], captureOutput(), TODAY)).toBe(0)
    expect(entriesIn(dir).map(({ title, type, topics }) => [title, type, topics])).toEqual([
      ['Book', 'book', ['case-studies']],
      ['Chat', 'audio', ['case-studies']],
    ])

    const other = folder()
    const mapped = listFile(other, markdown)
    expect(
      runImport([mapped, '--map', 'resources=topic:caching', '--content', other], captureOutput(), TODAY),
    ).toBe(0)
    expect(entriesIn(other).map(({ title, topics }) => [title, topics])).toEqual([
      ['Book', ['caching']],
      ['Chat', ['caching']],
    ])
  })

  it('takes the nearest heading: an inner topic heading wins over an outer one; --type fills in a missing media type', () => {
    const dir = folder()
    const list = listFile(
      dir,
      '## Caching\n- [Outer](https://example.org/outer)\n### Search\n- [Inner](https://example.org/inner)\n',
    )
    expect(runImport([list, '--type', 'Article', '--content', dir], captureOutput(), TODAY)).toBe(0)
    expect(entriesIn(dir).map(({ title, type, topics }) => [title, type, topics])).toEqual([
      ['Inner', 'article', ['search']],
      ['Outer', 'article', ['caching']],
    ])
  })

  it('stops at headings that name nothing, listing each with its line number, and writes nothing', () => {
    const dir = folder()
    const list = listFile(
      dir,
      [
        '# List',
        '## Profiling',
        '### Tools',
        '- [Silk](https://example.org/silk)',
        '## Newsletters',
        '- [Weekly](https://example.org/weekly)',
        '## Caching',
        '### Tools',
        '- [Cacheops](https://example.org/cacheops)',
      ].join('\n'),
    )
    const io = captureOutput()
    expect(runImport([list, '--content', dir], io, TODAY)).toBe(1)
    expect(io.stderr()).toContain('nothing was written')
    expect(io.stderr()).toContain('line 2: "Profiling" (needs a topic)\n')
    expect(io.stderr()).toContain('line 5: "Newsletters" (needs a media type and a topic)\n')
    expect(io.stderr()).not.toContain('"Caching"')
    expect(io.stderr()).toContain('--map "Heading=<media type>|topic:<slug>|skip"')
    expect(entryFileNames(dir)).toEqual([])

    const fixed = captureOutput()
    expect(
      runImport(
        [list, '--map', 'Profiling=topic:observability', '--map', 'newsletters=skip', '--content', dir],
        fixed,
        TODAY,
      ),
    ).toBe(0)
    expect(entriesIn(dir).map(({ title, topics }) => [title, topics])).toEqual([
      ['Cacheops', ['caching']],
      ['Silk', ['observability']],
    ])
    expect(fixed.stdout()).toContain('- line 6: skipped, under "Newsletters", which is skipped: Weekly')
  })

  it('--create-topics makes a topic of each undecided heading, with the paragraph below it as summary', () => {
    const dir = folder()
    const list = listFile(
      dir,
      [
        '# Awesome Things',
        '## Profiling',
        'Finding where the time goes.',
        '### Tools',
        '- [Silk](https://example.org/silk)',
        '## Serialization',
        '### Tools',
        '- [orjson](https://example.org/orjson)',
        '## Books',
        '- [A book](https://example.org/book)',
      ].join('\n'),
    )
    const io = captureOutput()
    expect(
      runImport([list, '--create-topics', '--topic', 'performance-overview', '--content', dir], io, TODAY),
    ).toBe(0)
    const topics = Object.fromEntries(
      readContentFiles(dir)
        .topics.map(readTopicRecord)
        .map((t) => [t.slug, t]),
    )
    expect(topics.profiling).toMatchObject({ title: 'Profiling', summary: 'Finding where the time goes.' })
    expect(topics.serialization).toMatchObject({
      title: 'Serialization',
      summary: 'Imported from the list "Awesome Things".',
    })
    expect(entriesIn(dir).map(({ title, topics }) => [title, topics])).toEqual([
      ['A book', ['performance-overview']],
      ['orjson', ['serialization']],
      ['Silk', ['profiling']],
    ])
    expect(validateContent(readContentFiles(dir))).toEqual([])
    expect(io.stdout()).toContain('Created topic ')
  })
})

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

describe('npm run import: a git repository', () => {
  it('reads README.md at HEAD and dates each new entry by the first commit that listed its URL', () => {
    const dir = folder()
    const repo = repositoryWith(dir, [
      { date: '2024-01-22T23:30:00+01:00', readme: '## Tools\n- [One](https://example.org/one)\n' },
      {
        date: '2024-02-03T10:00:00+00:00',
        readme:
          '## Tools\n- [One](https://example.org/one/) - Now described.\n- [Two](https://example.org/two)\n',
      },
      {
        date: '2024-03-04T10:00:00+00:00',
        readme:
          '## Tools\n- [One](https://example.org/one/) - Now described.\n- (PAID) [Two](https://example.org/two)\n' +
          '- [Three](https://example.org/three)\n',
      },
    ])
    // Not committed: the import reads HEAD, not the work tree.
    writeFileSync(join(repo, 'README.md'), '## Tools\n- [Uncommitted](https://example.org/uncommitted)\n')

    const io = captureOutput()
    expect(runImport([repo, '--topic', 'caching', '--content', dir], io, TODAY)).toBe(0)
    expect(entriesIn(dir).map(({ title, added, access }) => [title, added, access])).toEqual([
      ['One', '2024-01-22', undefined],
      ['Three', '2024-03-04', undefined],
      ['Two', '2024-02-03', 'paid'],
    ])
    expect(io.stdout()).toContain('list-repo: README.md at HEAD, dated by its git history')
  })

  it('dates entries today for a folder without git history', () => {
    const dir = folder()
    const plain = join(dir, 'plain')
    mkdirSync(plain)
    writeFileSync(join(plain, 'README.md'), '## Tools\n- [One](https://example.org/one)\n')
    expect(runImport([plain, '--topic', 'caching', '--content', dir], captureOutput(), TODAY)).toBe(0)
    expect(entriesIn(dir).map(({ added }) => added)).toEqual([TODAY])
  })

  /** The upstream list's history: ../shared/upstream beside the main work tree of this repository. */
  const upstreamBundle = (() => {
    const common = resolve(
      execFileSync('git', ['rev-parse', '--git-common-dir'], { encoding: 'utf8' }).trim(),
    )
    return join(dirname(dirname(common)), 'shared/upstream/awesome-django-scale.bundle')
  })()

  it.skipIf(!existsSync(upstreamBundle))(
    `imports the upstream list into an empty folder: 18 entries, 3 books, 2 paid, the note, the dates${existsSync(upstreamBundle) ? '' : ` (skipped: no bundle at ${upstreamBundle})`}`,
    () => {
      const dir = folder()
      const clone = join(dir, 'awesome-django-scale')
      execFileSync('git', ['clone', '-q', upstreamBundle, clone])
      const io = captureOutput()
      expect(
        runImport([clone, '--topic', 'performance-overview', '--content', dir], io, TODAY),
        io.stderr(),
      ).toBe(0)

      const entries = entriesIn(dir)
      expect(entries).toHaveLength(18)
      expect(
        entries
          .filter((entry) => entry.type === 'book')
          .map((entry) => entry.title)
          .toSorted(),
      ).toEqual([
        'Boost Your Django DX',
        'Building Multi Tenant Applications with Django',
        'The Temple of Django Database Performance',
      ])
      expect(
        entries
          .filter((entry) => entry.access === 'paid')
          .map((entry) => entry.title)
          .toSorted(),
      ).toEqual(['Boost Your Django DX', 'The Temple of Django Database Performance'])
      const titles = Object.fromEntries(entries.map((entry) => [entry.title, entry]))
      expect(titles['Boost Your Django DX']!.body).toBe('- DX is crucial for large projects.')
      const datedJan22 = entries.filter((entry) => entry.added === '2024-01-22')
      expect(datedJan22).toHaveLength(10)
      expect(datedJan22.map((entry) => entry.title)).toContain(
        'DjangoCon Europe 2023 | Squeezing Django performance for 14.9 million users on WhatsApp',
      )
      expect(
        Object.fromEntries(
          entries.filter((entry) => entry.added !== '2024-01-22').map((e) => [e.title, e.added]),
        ),
      ).toEqual({
        'Building Multi Tenant Applications with Django': '2024-01-23',
        'django-tenants': '2024-01-23',
        'Talk: A thousand Djangoes within (or Django multi-tenant) - Lorenzo Peña': '2024-01-23',
        'Optimize the Django ORM': '2024-01-26',
        'Efficient bulk deletions in Django': '2024-02-12',
        'The Temple of Django Database Performance': '2024-02-14',
        'Scaling Django with Postgres read replicas': '2024-02-14',
        'Boost Your Django DX': '2024-02-14',
      })
      expect(validateContent(readContentFiles(dir))).toEqual([])
      expect(io.stdout()).toContain('Total: 18 new, 0 already present, 0 changed upstream, 5 skipped.')
    },
  )
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
