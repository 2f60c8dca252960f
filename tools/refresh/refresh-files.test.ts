import { readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { githubJson, pypiJson } from './api-stand-in.test-support'
import { KNOWN, readSignals, refreshHarness, writePackage, writeSignals } from './refresh.test-support'

const { api, refresh, cacheopsContent } = refreshHarness()

describe('npm run refresh: the signals file and the command line', () => {
  it('does not rewrite the file when nothing changed', async () => {
    const dir = cacheopsContent()
    api.on('/pypi/django-cacheops/json', {
      status: 200,
      json: pypiJson('django-cacheops', '7.2', '2026-11-03T12:00:00Z'),
    })
    api.on('/repos/Suor/django-cacheops', ({ headers }) =>
      headers['if-none-match'] === 'W/"v2"'
        ? { status: 304 }
        : { status: 200, headers: { etag: 'W/"v2"' }, json: githubJson(5, '2026-11-28T09:00:00Z') },
    )
    await refresh(dir)
    const path = join(dir, 'signals.json')
    const before = statSync(path)

    const again = await refresh(dir)

    const after = statSync(path)
    expect(after.ino).toBe(before.ino)
    expect(after.mtimeMs).toBe(before.mtimeMs)
    expect(again.out).toMatch(/pypi\s+0\s+1\s+0\s+0/)
    expect(again.out).toMatch(/github\s+0\s+1\s+0\s+0/)
    expect(again.out).toContain('unchanged; not rewritten')
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('refuses a signals file with a bad field, naming the file and the field, before any request', async () => {
    const dir = cacheopsContent()
    const broken = structuredClone(KNOWN) as unknown as Record<string, { github: Record<string, unknown> }>
    broken.cacheops!.github.stars = 'many'
    writeFileSync(join(dir, 'signals.json'), JSON.stringify(broken))

    const run = await refresh(dir)

    expect(run.code).toBe(2)
    expect(run.err).toContain('signals.json')
    expect(run.err).toContain('"cacheops".github.stars must be a whole number')
    expect(api.requests).toHaveLength(0)
  })

  it('seeds PyPI figures from a snapshot without asking anything, and keeps figures observed later', async () => {
    const dir = cacheopsContent()
    writePackage(dir, 'silk', 'django_silk', 'jazzband/django-silk')
    writePackage(dir, 'unknown', 'not-in-snapshot', 'owner/unknown')
    writeSignals(dir, {
      silk: { pypi: { ...KNOWN.cacheops!.pypi!, name: 'django-silk', observed: '2026-12-01' } },
    })
    const tsv = join(dir, 'pypi.tsv')
    writeFileSync(
      tsv,
      'name\tversion\tmonth\trank\tsummary\n' +
        'django-cacheops\t7.2\t2026-11\t100\tORM cache\n' +
        'django-silk\t5.6.0\t2026-09\t\tprofiling\n',
    )

    const run = await refresh(dir, '--seed-from', tsv, '--observed', '2026-11')

    expect(run.code).toBe(0)
    const after = readSignals(dir)
    expect(after.cacheops).toEqual({
      pypi: {
        name: 'django-cacheops',
        version: '7.2',
        released: '2026-11',
        observed: '2026-11',
        source: 'PyPI snapshot (pypi.tsv), observed 2026-11',
      },
    })
    expect(after.silk!.pypi!.observed).toBe('2026-12-01')
    expect(after.unknown).toBeUndefined()
    expect(run.err).toContain('not in the snapshot: not-in-snapshot (unknown)')
    expect(api.requests).toHaveLength(0)
  })

  it('refuses a content folder that does not exist, naming it, before any request', async () => {
    await expect(refresh('no-such-content')).rejects.toThrow('no-such-content/ is not a folder')
    expect(api.requests).toHaveLength(0)
  })

  it('answers --help with the usage, and exits 2 on an unknown --only or --seed-from without --observed', async () => {
    expect((await refresh('.', '--help')).out).toContain('Usage: npm run refresh')
    expect((await refresh('.', '--only', 'npm')).code).toBe(2)
    expect((await refresh('.', '--seed-from', 'x.tsv')).code).toBe(2)
  })
})
