import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { readContentFiles } from '../lib/tooling/content-files'
import { readEntryRecord } from '../lib/tooling/content-records'
import { githubJson, pypiJson, startApiStandIn } from '../lib/tooling/signals/api-stand-in'
import { readSignalsFile } from '../lib/tooling/signals/signals-file'
import { targetOf } from '../lib/tooling/signals/targets'
import { runIfMain } from './cli'
import { runRefresh } from './refresh'

/**
 * `npx tsx scripts/refresh-demo.ts`: runs `npm run refresh` twice against the loopback stand-in for
 * PyPI and GitHub, on a temp copy of content/signals.json (the real file is never touched; the
 * stand-in's figures are made up). Shows 200s, a 404, a 500 then 200, a host that never answers,
 * malformed JSON, and on the second run 304s and a file left alone.
 */
async function demo(): Promise<number> {
  const api = await startApiStandIn()
  const dir = mkdtempSync(join(tmpdir(), 'ads-refresh-demo-'))
  try {
    const signalsPath = join(dir, 'signals.json')
    if (existsSync('content/signals.json')) copyFileSync('content/signals.json', signalsPath)
    const stored = readSignalsFile(signalsPath)
    const targets = readContentFiles('content').entries.map(readEntryRecord).map(targetOf)
    targets.forEach((target, index) => {
      if (target.pypi) {
        const seeded = stored[target.slug]?.pypi
        const released = `${seeded?.released.slice(0, 7) ?? '2026-01'}-15T10:00:00Z`
        api.on(`/pypi/${target.pypi}/json`, {
          status: 200,
          json: pypiJson(target.pypi, seeded?.version ?? '1.0', released, ['Framework :: Django :: 5.2']),
        })
      }
      if (target.github) {
        const ok = {
          status: 200,
          headers: { etag: `W/"${index}"` },
          json: githubJson(100 + index, '2026-11-01T00:00:00Z', { license: 'BSD-3-Clause' }),
        }
        api.on(`/repos/${target.github}`, ({ headers }) =>
          headers['if-none-match'] === `W/"${index}"` ? { status: 304 } : ok,
        )
      }
    })
    api.on('/repos/jmcarp/nplusone', { status: 404, json: { message: 'Not Found' } })
    api.on(
      '/repos/benoitc/gunicorn',
      { status: 500 },
      { status: 200, json: githubJson(10, '2026-11-02T00:00:00Z') },
    )
    api.on('/repos/locustio/locust', 'never-answer')
    api.on('/pypi/django-silk/json', { status: 200, text: '{"info": ' })

    const env = { PYPI_URL: api.base, GITHUB_API_URL: api.base }
    const args = ['--signals', signalsPath, '--timeout', '2000', '--retry-delay', '200']
    console.log('$ npm run refresh   # first run')
    await runRefresh(args, undefined, env)
    console.log(`\n(${api.requests.length} requests)\n\n$ npm run refresh   # second run, same day`)
    api.requests.length = 0
    await runRefresh(args, undefined, env)
    console.log(
      `\n(${api.requests.length} requests)\n\n$ npm run refresh -- --only github   # GitHub's limit is spent`,
    )
    api.requests.length = 0
    const resets = String(Math.floor(Date.now() / 1000) + 1800)
    for (const target of targets)
      if (target.github)
        api.on(`/repos/${target.github}`, {
          status: 403,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': resets },
          json: { message: 'API rate limit exceeded' },
        })
    await runRefresh([...args, '--only', 'github'], undefined, env)
    console.log(`\n(${api.requests.length} requests)`)
    return 0
  } finally {
    await api.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

runIfMain(import.meta.url, demo)
