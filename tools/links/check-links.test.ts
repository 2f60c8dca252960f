import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderEntryFile } from '../content/entry-file'
import { parseSignals, serializeSignals } from '../../lib/signals/schema'
import { runCheckLinks } from './check-links'
import { captureOutput, tempContent } from '../lib/content.test-support'
import { systemClock, type Clock, type FetchLike } from '../lib/http'

let server: Server
let base = ''
const content = tempContent()

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/old') return response.writeHead(301, { location: '/ok' }).end()
    response.writeHead(request.url === '/ok' ? 200 : 404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  content.cleanup()
})

/** The stand-in server, except that /hang times out at once (as fetch does when a timeout's signal fires). */
const hangingAt: FetchLike = (url, init) =>
  url.endsWith('/hang')
    ? Promise.reject(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))
    : fetch(url, init)

function writeEntry(dir: string, slug: string, url: string, repository?: string) {
  const text = renderEntryFile({
    title: slug,
    url,
    type: 'article',
    topics: ['caching'],
    added: '2026-11-25',
    body: '',
    ...(repository ? { repository } : {}),
  })
  writeFileSync(join(dir, 'entries', `${slug}.md`), text)
}

describe('npm run check-links', () => {
  it('passes when links only time out, and fails on a broken one, writing a JSON report', async () => {
    writeEntry(content.dir, 'fine', `${base}/ok`, `${base}/hang`)
    const report = join(content.dir, 'report.json')
    const args = ['--content', content.dir, '--concurrency', '2', '--json', report]

    const slowOnly = captureOutput()
    expect(await runCheckLinks(args, slowOnly, systemClock, hangingAt)).toBe(0)
    expect(slowOnly.stdout()).toMatch(/ok\s+1\n/)
    expect(slowOnly.stdout()).toMatch(/timeout\s+1\n/)
    expect(slowOnly.stderr()).toContain('[2/2]')

    writeEntry(content.dir, 'gone', `${base}/gone`)
    const withBroken = captureOutput()
    expect(await runCheckLinks(args, withBroken, systemClock, hangingAt)).toBe(1)
    expect(withBroken.stdout()).toMatch(/broken 404 \(GET\) http:\/\/127\.0\.0\.1:\d+\/gone/)
    expect(withBroken.stdout()).toMatch(/listed by .*gone\.md/)
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      counts: Record<string, number>
      results: unknown[]
    }
    expect(json.counts).toEqual({ ok: 1, redirected: 0, broken: 1, timeout: 1 })
    expect(json.results).toHaveLength(3)
  })

  it("records each entry's link verdict in the signals file, keeping everything else", async () => {
    const dir = tempContent()
    try {
      writeEntry(dir.dir, 'fine', `${base}/ok`)
      writeEntry(dir.dir, 'moved', `${base}/old`)
      writeEntry(dir.dir, 'gone', `${base}/gone`)
      writeEntry(dir.dir, 'slow', `${base}/hang`)
      const pypi = {
        name: 'django-redis',
        version: '7.0.0',
        released: '2026-06',
        observed: '2026-11',
        source: 'PyPI snapshot (pypi.tsv), observed 2026-11',
      }
      const signalsPath = join(dir.dir, 'signals.json')
      writeFileSync(
        signalsPath,
        serializeSignals({
          fine: { pypi, errors: { link: { message: 'HTTP 503', at: '2026-11-01' } } },
          slow: { link: { status: 'ok', checked: '2026-11-01' } },
          removed: { pypi },
        }),
      )

      const io = captureOutput()
      const clock: Clock = { now: () => new Date('2026-12-02T10:00:00Z'), pause: async () => {} }
      const code = await runCheckLinks(['--content', dir.dir, '--timeout', '5000'], io, clock, hangingAt)

      expect(code).toBe(1)
      expect(parseSignals(readFileSync(signalsPath, 'utf8'), signalsPath)).toEqual({
        fine: { pypi, link: { status: 'ok', checked: '2026-12-02' } },
        moved: { link: { status: 'redirected', finalUrl: `${base}/ok`, checked: '2026-12-02' } },
        gone: { link: { status: 'broken', checked: '2026-12-02', detail: 'HTTP 404' } },
        slow: {
          link: { status: 'ok', checked: '2026-11-01' },
          errors: { link: { message: 'no answer within 5000 ms', at: '2026-12-02' } },
        },
        removed: { pypi },
      })
      expect(io.stderr()).toContain(`Recorded link verdicts in ${signalsPath}`)
    } finally {
      dir.cleanup()
    }
  })

  it('refuses a numeric flag that is not a whole number above 0, naming it', async () => {
    const io = captureOutput()
    expect(await runCheckLinks(['--concurrency', '0'], io)).toBe(2)
    expect(io.stderr()).toContain('--concurrency must be a whole number of at least 1, got "0"')
  })
})
