import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { djangoVersionsOf } from './pypi-client'
import { parseSignals, serializeSignals, SignalsFileError, type SignalsFile } from '../../lib/signals/schema'
import { readSignalsFile, writeSignalsFile } from './signals-file'
import { githubRepoOfUrl, pypiNameOfUrl, targetOf } from './targets'
import { captureOutput } from '../lib/content.test-support'

const SAMPLE: SignalsFile = {
  whitenoise: {
    link: { status: 'redirected', finalUrl: 'https://whitenoise.readthedocs.io/', checked: '2026-11-30' },
    pypi: {
      source: 'PyPI snapshot (pypi.tsv), observed 2026-11',
      observed: '2026-11',
      released: '2026-02',
      version: '6.12.0',
      name: 'whitenoise',
    },
  },
  celery: { errors: { github: { message: 'HTTP 502', at: '2026-11-30' } } },
}

describe('parseSignals', () => {
  it('accepts what serializeSignals writes, with slugs sorted and fields in a fixed order', () => {
    const text = serializeSignals(SAMPLE)
    expect(parseSignals(text, 'signals.json')).toEqual(SAMPLE)
    expect(Object.keys(JSON.parse(text))).toEqual(['celery', 'whitenoise'])
    expect(Object.keys(JSON.parse(text).whitenoise)).toEqual(['pypi', 'link'])
    expect(Object.keys(JSON.parse(text).whitenoise.pypi)).toEqual([
      'name',
      'version',
      'released',
      'observed',
      'source',
    ])
  })

  it('names the file and every bad field', () => {
    const bad = {
      whitenoise: {
        pypi: {
          name: 'whitenoise',
          version: '',
          released: 'Feb 2026',
          observed: '2026-11',
          source: 'x',
          extra: 1,
        },
        link: { status: 'gone', checked: '2026-11-30' },
        github: {
          repo: 'nope',
          stars: -1,
          archived: 'no',
          pushedAt: '2026-01-01',
          license: null,
          etag: null,
        },
      },
      'Not A Slug': {},
    }
    let error: unknown
    try {
      parseSignals(JSON.stringify(bad), 'content/signals.json')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SignalsFileError)
    const problems = (error as SignalsFileError).problems
    expect(problems).toEqual(
      expect.arrayContaining([
        '"whitenoise".pypi.extra is not a known field (known: name, version, released, djangoVersions, observed, source)',
        '"whitenoise".pypi.version must be non-empty text, got ""',
        '"whitenoise".pypi.released must be a date "YYYY-MM" or "YYYY-MM-DD", got "Feb 2026"',
        '"whitenoise".link.status must be one of ok, redirected, broken, got "gone"',
        '"whitenoise".github.repo must be "owner/name", got "nope"',
        '"whitenoise".github.stars must be a whole number, got number -1',
        '"whitenoise".github.archived must be true or false, got "no"',
        '"whitenoise".github.pushedAt must be an ISO timestamp, got "2026-01-01"',
        '"whitenoise".github.observed is required',
        '"Not A Slug" is not an entry slug',
      ]),
    )
    expect((error as Error).message).toMatch(/^content\/signals\.json: 11 problem\(s\)/)
    expect(() => parseSignals('{"a": ', 'content/signals.json')).toThrow(
      /^content\/signals\.json: 1 problem\(s\)\n {2}is not valid JSON/,
    )
  })
})

describe('signals file on disk', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ads-signals-'))
    dirs.push(dir)
    return dir
  }

  it('reads an absent file as no signals', () => {
    expect(readSignalsFile(join(tempDir(), 'signals.json'), 'Cannot read', captureOutput())).toEqual({})
  })

  it('replaces the file by renaming a complete temp file over it, leaving no temp file', () => {
    const dir = tempDir()
    const path = join(dir, 'signals.json')
    writeFileSync(path, serializeSignals({}))
    const before = statSync(path).ino

    expect(writeSignalsFile(path, SAMPLE)).toBe(true)

    expect(statSync(path).ino).not.toBe(before) // a new file took the name: rename, not rewrite in place
    expect(readFileSync(path, 'utf8')).toBe(serializeSignals(SAMPLE))
    expect(readdirSync(dir)).toEqual(['signals.json'])
  })

  it('leaves the file alone when the signals are the same', () => {
    const path = join(tempDir(), 'signals.json')
    writeSignalsFile(path, SAMPLE)
    const before = statSync(path)
    expect(writeSignalsFile(path, structuredClone(SAMPLE))).toBe(false)
    expect(statSync(path).ino).toBe(before.ino)
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs)
  })
})

describe('which package and repository an entry is', () => {
  const entry = {
    path: 'content/entries/x.md',
    slug: 'x',
    title: 'x',
    type: 'repository' as const,
    topics: [],
    added: '2026-11-25',
    body: '',
  }

  it('reads pypi.org and github.com URLs, and nothing else', () => {
    expect(pypiNameOfUrl('https://pypi.org/project/django-bulk-update/')).toBe('django-bulk-update')
    expect(pypiNameOfUrl('https://pypi.org/project/Django_Silk')).toBe('Django_Silk')
    expect(pypiNameOfUrl('https://example.com/project/x/')).toBeUndefined()
    expect(githubRepoOfUrl('https://github.com/django/channels/tree/main/docs')).toBe('django/channels')
    expect(githubRepoOfUrl('https://github.com/evansd/whitenoise.git')).toBe('evansd/whitenoise')
    expect(githubRepoOfUrl('https://github.com/evansd')).toBeUndefined()
    expect(githubRepoOfUrl('https://gitlab.com/a/b')).toBeUndefined()
  })

  it('prefers the package field and the repository field', () => {
    expect(targetOf({ ...entry, url: 'https://github.com/django/channels', package: 'channels' })).toEqual({
      slug: 'x',
      path: 'content/entries/x.md',
      url: 'https://github.com/django/channels',
      pypi: 'channels',
      github: 'django/channels',
    })
    expect(
      targetOf({
        ...entry,
        url: 'https://pypi.org/project/django-bulk-update/',
        repository: 'https://github.com/aykut/django-bulk-update',
      }),
    ).toMatchObject({ pypi: 'django-bulk-update', github: 'aykut/django-bulk-update' })
    expect(targetOf({ ...entry, url: 'https://example.com/post' })).toEqual({
      slug: 'x',
      path: 'content/entries/x.md',
      url: 'https://example.com/post',
    })
  })

  it('reads Django versions from classifiers, in version order', () => {
    expect(
      djangoVersionsOf([
        'Framework :: Django :: 5.10',
        'Framework :: Django :: 5.2',
        'Framework :: Django',
        'Framework :: Django CMS :: 4.1',
        'Framework :: Django :: 4.2',
      ]),
    ).toEqual(['4.2', '5.2', '5.10'])
  })
})
