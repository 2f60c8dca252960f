import { describe, expect, it } from 'vitest'

import { githubJson, pypiJson } from './api-stand-in.test-support'
import { KNOWN, readSignals, refreshHarness, writePackage, writeSignals } from './refresh.test-support'

const { api, pauses, refresh, newContent, cacheopsContent } = refreshHarness()

describe('npm run refresh against a stand-in for PyPI and GitHub', () => {
  it('200: records the figures of both answers, with the day and the source', async () => {
    const dir = cacheopsContent()
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
    const dir = cacheopsContent()
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
    const dir = cacheopsContent()
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

  it('500 then 200: asks again once, after the retry delay, and records the second answer', async () => {
    const dir = cacheopsContent()
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
    expect(pauses).toEqual([1000])
  })

  it('a host that never answers is asked once, not again after its timeout, and nothing is lost', async () => {
    const dir = cacheopsContent()
    writeSignals(dir, KNOWN)
    api.on('/repos/Suor/django-cacheops', 'never-answer')

    const run = await refresh(dir, '--only', 'github', '--timeout', '100')

    expect(run.code).toBe(0)
    expect(readSignals(dir).cacheops).toEqual({
      ...KNOWN.cacheops,
      errors: { github: { message: 'Suor/django-cacheops: no answer within 100 ms', at: '2026-12-01' } },
    })
    expect(api.countOf('/repos/Suor/django-cacheops')).toBe(1)
    expect(pauses).toEqual([])
  })

  it('malformed JSON: a failure that keeps the stored figures; a later good answer clears the error', async () => {
    const dir = cacheopsContent()
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
})
