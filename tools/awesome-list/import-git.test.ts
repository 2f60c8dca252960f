import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readContentFiles } from '../content/content-files'
import { validateContent } from '../content/content-rules'
import { runImport } from './import'
import { TODAY } from './import.test-support'
import { captureOutput, entriesIn, tempContentPerTest } from '../lib/content.test-support'

const folder = tempContentPerTest()

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
      ['One', '2024-01-22', 'free'],
      ['Three', '2024-03-04', 'free'],
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
