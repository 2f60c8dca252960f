import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, beforeAll, beforeEach } from 'vitest'

import { renderEntryFile } from '../content/entry-file'
import { startApiStandIn, type ApiStandIn } from './api-stand-in.test-support'
import { parseSignals, serializeSignals, type SignalsFile } from '../../lib/signals/schema'
import { runRefresh } from './refresh'
import { captureOutput, tempContentPerTest } from '../lib/content.test-support'
import type { Clock } from '../lib/http'

/** What the refresh tests share: a stand-in for PyPI and GitHub, a fixed clock, entry and signals files. */

/**
 * Call at a test file's top level: the stand-in API, `refresh` against it, the pauses the runs asked for
 * (they take no time), and a fresh content folder per call of `newContent` (empty) or `cacheopsContent`
 * (one entry, cacheops: django-cacheops on PyPI, Suor/django-cacheops on GitHub).
 */
export function refreshHarness() {
  const api = apiStandInPerFile()
  const pauses: number[] = []
  beforeEach(() => {
    pauses.length = 0
  })
  const clock: Clock = { now: () => TODAY, pause: async (ms) => void pauses.push(ms) }
  const newContent = tempContentPerTest()
  const cacheopsContent = () => {
    const dir = newContent()
    writePackage(dir, 'cacheops', 'django-cacheops', 'Suor/django-cacheops')
    return dir
  }
  return { api, pauses, refresh: refreshWith(api, clock), newContent, cacheopsContent }
}

/**
 * Call at a test file's top level: a stand-in API started before the file's tests and closed after them,
 * its request log emptied before each test.
 */
function apiStandInPerFile(): ApiStandIn {
  let stand: ApiStandIn | undefined
  const started = () => {
    if (!stand) throw new Error('the API stand-in is used before its beforeAll started it')
    return stand
  }
  beforeAll(async () => {
    stand = await startApiStandIn()
  })
  afterAll(() => stand?.close())
  beforeEach(() => {
    started().requests.length = 0
  })
  return {
    get base() {
      return started().base
    },
    get requests() {
      return started().requests
    },
    on: (path, ...replies) => started().on(path, ...replies),
    countOf: (path) => started().countOf(path),
    close: () => started().close(),
  }
}

const TODAY = new Date('2026-12-01T08:00:00Z')

/** `npm run refresh` in `dir` against the stand-in, with the default timeout and retry delay, on `clock`. */
function refreshWith(api: ApiStandIn, clock: Clock) {
  return async (dir: string, ...flags: string[]) => {
    const io = captureOutput()
    const env = { PYPI_URL: api.base, GITHUB_API_URL: api.base, GITHUB_TOKEN: 'test-token' }
    const code = await runRefresh(['--content', dir, ...flags], io, env, clock)
    return { code, out: io.stdout(), err: io.stderr() }
  }
}

/** An entry on pypi.org/project/<pypi>/ with its code at github.com/<repo>. */
export function writePackage(dir: string, slug: string, pypi: string, repo: string) {
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

export function writeSignals(dir: string, signals: SignalsFile) {
  writeFileSync(join(dir, 'signals.json'), serializeSignals(signals))
}

export function readSignals(dir: string): SignalsFile {
  const path = join(dir, 'signals.json')
  return parseSignals(readFileSync(path, 'utf8'), path)
}

/** What an entry knew before the run, as a seed or an earlier refresh left it. */
export const KNOWN: SignalsFile = {
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
