import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { pypiJson } from './api-stand-in.test-support'
import { KNOWN, readSignals, refreshHarness, writePackage, writeSignals } from './refresh.test-support'
import { latestDeclaration, supportFor } from '../../lib/signals/django-support'

const { api, refresh, newContent, cacheopsContent } = refreshHarness()

const UPLOADED = '2026-10-02T08:00:00.000000Z'
const PYTHON = ['Programming Language :: Python :: 3', 'License :: OSI Approved :: MIT License']

describe('npm run refresh: what the latest release declares about Django', () => {
  it('records the classifiers and the requirement of every package, declared or not', async () => {
    const dir = newContent()
    writePackage(dir, 'gunicorn', 'gunicorn', 'benoitc/gunicorn')
    writePackage(dir, 'pool', 'django-db-connection-pool', 'altairbow/django-db-connection-pool')
    writePackage(dir, 'compression', 'django-compression-middleware', 'friedelwolff/dcm')
    api.on('/pypi/gunicorn/json', {
      status: 200,
      json: pypiJson('gunicorn', '23.0.0', UPLOADED, PYTHON, [
        'packaging',
        'eventlet>=0.24.1,!=0.36.0; extra == "eventlet"',
      ]),
    })
    api.on('/pypi/django-db-connection-pool/json', {
      status: 200,
      json: pypiJson(
        'django-db-connection-pool',
        '1.2.6',
        UPLOADED,
        [...PYTHON, 'Framework :: Django'],
        ['Django', 'SQLAlchemy>=2.0'],
      ),
    })
    api.on('/pypi/django-compression-middleware/json', {
      status: 200,
      json: pypiJson(
        'django-compression-middleware',
        '0.5.0',
        UPLOADED,
        ['Framework :: Django', 'Framework :: Django :: 4.1', 'Framework :: Django :: 4.0', ...PYTHON],
        ['Django>=4.0,<5', 'brotli; extra == "brotli"'],
      ),
    })

    const run = await refresh(dir, '--only', 'pypi')

    expect(run.code).toBe(0)
    const stored = readSignals(dir)
    const source = `PyPI JSON API (${api.base})`
    // A package that declares nothing about Django: that is data too, read as "unknown".
    expect(stored.gunicorn!.django).toEqual({
      release: '23.0.0',
      classifiers: [],
      frameworkDjango: false,
      requires: null,
      observed: '2026-12-01',
      source,
    })
    expect(supportFor('6.1', latestDeclaration(stored.gunicorn))).toBe('unknown')
    // Only the bare classifier: a Django package, but which series is not said.
    expect(stored.pool!.django).toEqual({
      release: '1.2.6',
      classifiers: [],
      frameworkDjango: true,
      requires: 'Django',
      observed: '2026-12-01',
      source,
    })
    expect(supportFor('6.1', latestDeclaration(stored.pool))).toBe('unknown')
    // Series classifiers, and a requirement that leaves out every series from 5.0 on.
    expect(stored.compression!.django).toMatchObject({
      release: '0.5.0',
      classifiers: ['4.0', '4.1'],
      frameworkDjango: true,
      requires: 'Django>=4.0,<5',
    })
    expect(supportFor('4.1', latestDeclaration(stored.compression))).toBe('declared')
    expect(supportFor('5.2', latestDeclaration(stored.compression))).toBe('not-declared')
    expect(run.err).toContain('django-compression-middleware 0.5.0 (2026-10-02), Django 4.0 4.1')
  })

  it('a requirement that excludes a series overrides the classifiers that name it', async () => {
    const dir = cacheopsContent()
    api.on('/pypi/django-cacheops/json', {
      status: 200,
      json: pypiJson(
        'django-cacheops',
        '7.3',
        UPLOADED,
        ['Framework :: Django :: 5.2', 'Framework :: Django :: 6.0'],
        ['django>=4.2,<6', 'funcy>=1.8'],
      ),
    })

    await refresh(dir, '--only', 'pypi')

    const declaration = latestDeclaration(readSignals(dir).cacheops)
    expect(declaration).toEqual({ classifiers: ['5.2', '6.0'], requires: 'django>=4.2,<6' })
    expect(supportFor('5.2', declaration)).toBe('declared')
    expect(supportFor('6.0', declaration)).toBe('not-declared')
  })

  it('a failed answer keeps what was known and records why; a later answer replaces it', async () => {
    const dir = cacheopsContent()
    writeSignals(dir, KNOWN)
    api.on('/pypi/django-cacheops/json', { status: 503, text: 'busy' })

    const failed = await refresh(dir, '--only', 'pypi')

    expect(failed.code).toBe(0)
    expect(readSignals(dir).cacheops).toEqual({
      ...KNOWN.cacheops,
      errors: { pypi: { message: 'django-cacheops: HTTP 503', at: '2026-12-01' } },
    })

    api.on('/pypi/django-cacheops/json', {
      status: 200,
      json: pypiJson('django-cacheops', '7.0', UPLOADED, ['Framework :: Django :: 5.2'], ['django>=4.2']),
    })
    await refresh(dir, '--only', 'pypi')
    const after = readSignals(dir).cacheops!
    expect(after.django).toMatchObject({ release: '7.0', classifiers: ['5.2'], requires: 'django>=4.2' })
    expect(after.errors).toBeUndefined()
  })

  it('when the version moves on without an answer, the old figures stay with their release and read as unknown', async () => {
    const dir = cacheopsContent()
    writeSignals(dir, KNOWN)
    expect(supportFor('5.0', latestDeclaration(KNOWN.cacheops))).toBe('declared')
    const tsv = join(dir, 'pypi.tsv')
    writeFileSync(tsv, 'name\tversion\tmonth\ndjango-cacheops\t7.2\t2026-11\n')

    await refresh(dir, '--seed-from', tsv, '--observed', '2026-11-30')

    const after = readSignals(dir).cacheops!
    expect(after.pypi!.version).toBe('7.2')
    expect(after.django).toEqual(KNOWN.cacheops!.django)
    expect(latestDeclaration(after)).toBeNull()
    expect(supportFor('5.0', latestDeclaration(after))).toBe('unknown')
  })
})
