import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { renderEntryFile } from '../lib/tooling/entry-file'
import { githubJson, pypiJson, startApiStandIn, type ApiStandIn } from '../lib/tooling/signals/api-stand-in'
import { parseSignals, serializeSignals, type SignalsFile } from '../lib/tooling/signals/schema'
import { runRefresh } from './refresh'
import { captureOutput, tempContentPerTest } from './test-support'

let api: ApiStandIn
beforeAll(async () => {
  api = await startApiStandIn()
})
afterAll(() => api.close())
beforeEach(() => {
  api.requests.length = 0
})

const newContent = tempContentPerTest()
const TODAY = new Date('2026-12-01T08:00:00Z')
const now = () => TODAY

/** An entry on pypi.org/project/<pypi>/ with its code at github.com/<repo>. */
function writePackage(dir: string, slug: string, pypi: string, repo: string) {
  const text = renderEntryFile({
    title: slug,
    url: `https://pypi.org/project/${pypi}/`,
    repository: `https://github.com/${repo}`,
    type: 'repository',
    topics: ['caching'],
    added: '2026-11-25',
    body: '',
  })
  writeFileSync(join(dir, 'entries', `${slug}.md`), text)
}

function writeSignals(dir: string, signals: SignalsFile) {
  writeFileSync(join(dir, 'signals.json'), serializeSignals(signals))
}

function readSignals(dir: string): SignalsFile {
  const path = join(dir, 'signals.json')
  return parseSignals(readFileSync(path, 'utf8'), path)
}

async function refresh(dir: string, ...flags: string[]) {
  const io = captureOutput()
  const env = { PYPI_URL: api.base, GITHUB_API_URL: api.base, GITHUB_TOKEN: 'test-token' }
  const code = await runRefresh(
    ['--content', dir, '--timeout', '300', '--retry-delay', '20', ...flags],
    io,
    env,
    now,
  )
  return { code, out: io.stdout(), err: io.stderr() }
}

/** What an entry knew before the run, as a seed or an earlier refresh left it. */
const KNOWN: SignalsFile = {
  cacheops: {
    pypi: {
      name: 'django-cacheops',
      version: '7.0',
      released: '2024-05',
      observed: '2026-11',
      source: 'PyPI snapshot (pypi.tsv), observed 2026-11',
    },
    github: {
      repo: 'Suor/django-cacheops',
      stars: 2100,
      archived: false,
      pushedAt: '2026-10-01T10:00:00Z',
      license: 'BSD-3-Clause',
      etag: 'W/"v1"',
      observed: '2026-11-20',
      source: 'GitHub REST API (https://api.github.com)',
    },
    link: { status: 'ok', checked: '2026-11-20' },
  },
}

describe('npm run refresh against a stand-in for PyPI and GitHub', () => {
  it('200: records the figures of both answers, with the day and the source', async () => {
    const dir = newContent()
    writePackage(dir, 'cacheops', 'django-cacheops', 'Suor/django-cacheops')
    api.on('/pypi/django-cacheops/json', {
      status: 200,
      json: pypiJson('django-cacheops', '7.2', '2026-11-03T12:00:00.000000Z', [
        'Framework :: Django :: 5.2',
        'Framework :: Django :: 4.2',
        'Framework :: Django',
      ]),
    })
    api.on('/repos/Suor/django-cacheops', {
      status: 200,
      headers: { etag: 'W/"v2"' },
      json: githubJson(2150, '2026-11-28T09:00:00Z', { license: 'BSD-3-Clause' }),
    })

    const run = await refresh(dir)

    expect(run.code).toBe(0)
    expect(readSignals(dir).cacheops).toEqual({
      pypi: {
        name: 'django-cacheops',
        version: '7.2',
        released: '2026-11-03',
        djangoVersions: ['4.2', '5.2'],
        observed: '2026-12-01',
        source: `PyPI JSON API (${api.base})`,
      },
      github: {
        repo: 'Suor/django-cacheops',
        stars: 2150,
        archived: false,
        pushedAt: '2026-11-28T09:00:00Z',
        license: 'BSD-3-Clause',
        etag: 'W/"v2"',
        observed: '2026-12-01',
        source: `GitHub REST API (${api.base})`,
      },
    })
    expect(api.countOf('/pypi/django-cacheops/json')).toBe(1)
    expect(api.countOf('/repos/Suor/django-cacheops')).toBe(1)
    const github = api.requests.find((request) => request.path.startsWith('/repos/'))!
    expect(github.headers.authorization).toBe('Bearer test-token')
    expect(run.out).toMatch(/pypi\s+1\s+0\s+0\s+0/)
    expect(run.out).toMatch(/github\s+1\s+0\s+0\s+0/)
    expect(run.err).toContain('[2/2]')
  })

  it('304: sends the stored ETag, keeps the figures and renews "observed"', async () => {
    const dir = newContent()
    writePackage(dir, 'cacheops', 'django-cacheops', 'Suor/django-cacheops')
    writeSignals(dir, KNOWN)
    api.on('/repos/Suor/django-cacheops', ({ headers }) =>
      headers['if-none-match'] === 'W/"v1"' ? { status: 304 } : { status: 500 },
    )

    const run = await refresh(dir, '--only', 'github')

    expect(run.code).toBe(0)
    expect(readSignals(dir).cacheops).toEqual({
      ...KNOWN.cacheops,
      github: { ...KNOWN.cacheops!.github!, observed: '2026-12-01' },
    })
    expect(api.countOf('/repos/Suor/django-cacheops')).toBe(1)
    expect(run.out).toMatch(/github\s+0\s+1\s+0\s+0/)
  })

  it('404: keeps every stored figure and records the error; a 4xx is not retried', async () => {
    const dir = newContent()
    writePackage(dir, 'cacheops', 'django-cacheops', 'Suor/django-cacheops')
    writeSignals(dir, KNOWN)
    api.on('/pypi/django-cacheops/json', { status: 404, json: { message: 'Not Found' } })

    const run = await refresh(dir, '--only', 'pypi')

    expect(run.code).toBe(0)
    expect(readSignals(dir).cacheops).toEqual({
      ...KNOWN.cacheops,
      errors: { pypi: { message: 'django-cacheops: HTTP 404: no such package', at: '2026-12-01' } },
    })
    expect(api.countOf('/pypi/django-cacheops/json')).toBe(1)
    expect(run.out).toContain('failed  pypi cacheops: django-cacheops: HTTP 404: no such package')
    expect((await refresh(dir, '--only', 'pypi', '--strict')).code).toBe(1)
  })

  it('403 rate-limited: stops asking GitHub, keeps what it knew and says when the limit resets', async () => {
    const dir = newContent()
    const repos = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `owner/${name}`)
    for (const repo of repos) writePackage(dir, repo.replace('/', '-'), repo.replace('/', '-'), repo)
    writeSignals(dir, { 'owner-a': { github: { ...KNOWN.cacheops!.github!, repo: 'owner/a' } } })
    const resetEpoch = Date.parse('2026-12-01T09:00:00Z') / 1000
    for (const repo of repos)
      api.on(`/repos/${repo}`, {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetEpoch) },
        json: { message: 'API rate limit exceeded' },
      })

    const run = await refresh(dir, '--only', 'github')

    expect(run.code).toBe(0)
    const githubRequests = api.requests.filter((request) => request.path.startsWith('/repos/')).length
    expect(githubRequests).toBeGreaterThanOrEqual(1)
    expect(githubRequests).toBeLessThanOrEqual(2)
    const after = readSignals(dir)
    expect(after['owner-a']!.github).toEqual({ ...KNOWN.cacheops!.github!, repo: 'owner/a' })
    expect(run.out).toContain('it resets at 2026-12-01T09:00:00.000Z')
    expect(run.out).toMatch(new RegExp(`github\\s+0\\s+0\\s+${githubRequests}\\s+${6 - githubRequests}`))
  })

  it('500 then 200: retries once and records the second answer', async () => {
    const dir = newContent()
    writePackage(dir, 'cacheops', 'django-cacheops', 'Suor/django-cacheops')
    writeSignals(dir, KNOWN)
    api.on(
      '/pypi/django-cacheops/json',
      { status: 500, text: 'oops' },
      { status: 200, json: pypiJson('django-cacheops', '7.1', '2026-06-10T00:00:00Z') },
    )

    const run = await refresh(dir, '--only', 'pypi')

    expect(run.code).toBe(0)
    expect(readSignals(dir).cacheops!.pypi).toMatchObject({ version: '7.1', released: '2026-06-10' })
    expect(api.countOf('/pypi/django-cacheops/json')).toBe(2)
  })

  it('a host that never answers costs one timeout, and nothing is lost', async () => {
    const dir = newContent()
    writePackage(dir, 'cacheops', 'django-cacheops', 'Suor/django-cacheops')
    writeSignals(dir, KNOWN)
    api.on('/repos/Suor/django-cacheops', 'never-answer')

    const started = performance.now()
    const run = await refresh(dir, '--only', 'github')

    expect(performance.now() - started).toBeLessThan(3000)
    expect(run.code).toBe(0)
    expect(readSignals(dir).cacheops).toEqual({
      ...KNOWN.cacheops,
      errors: { github: { message: 'Suor/django-cacheops: no answer within 300 ms', at: '2026-12-01' } },
    })
    expect(api.countOf('/repos/Suor/django-cacheops')).toBe(1)
  })

  it('malformed JSON: a failure that keeps the stored figures; a later good answer clears the error', async () => {
    const dir = newContent()
    writePackage(dir, 'cacheops', 'django-cacheops', 'Suor/django-cacheops')
    writeSignals(dir, KNOWN)
    api.on('/pypi/django-cacheops/json', { status: 200, text: '{"info": {"name": "django-cac' })

    await refresh(dir, '--only', 'pypi')
    const after = readSignals(dir).cacheops!
    expect(after.pypi).toEqual(KNOWN.cacheops!.pypi)
    expect(after.errors?.pypi?.message).toMatch(/^django-cacheops: unexpected answer: /)
    expect(api.countOf('/pypi/django-cacheops/json')).toBe(1)

    api.on('/pypi/django-cacheops/json', {
      status: 200,
      json: pypiJson('django-cacheops', '7.0', '2024-05-02T00:00:00Z'),
    })
    await refresh(dir, '--only', 'pypi')
    expect(readSignals(dir).cacheops!.errors).toBeUndefined()
  })

  it('does not rewrite the file when nothing changed', async () => {
    const dir = newContent()
    writePackage(dir, 'cacheops', 'django-cacheops', 'Suor/django-cacheops')
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
    const dir = newContent()
    writePackage(dir, 'cacheops', 'django-cacheops', 'Suor/django-cacheops')
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
    const dir = newContent()
    writePackage(dir, 'cacheops', 'django-cacheops', 'Suor/django-cacheops')
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

  it('answers --help and refuses nonsense flags', async () => {
    expect((await refresh('.', '--help')).out).toContain('Usage: npm run refresh')
    expect((await refresh('.', '--only', 'npm')).code).toBe(2)
    expect((await refresh('.', '--seed-from', 'x.tsv')).code).toBe(2)
  })
})
