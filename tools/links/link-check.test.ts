import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkLink, checkLinks, countByStatus, type LinkResult } from './link-check'

let server: Server
let base = ''
const seen: string[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`)
    switch (new URL(request.url ?? '/', 'http://localhost').pathname) {
      case '/ok':
        return response.writeHead(200).end('fine')
      case '/moved':
        return response.writeHead(301, { location: '/ok' }).end()
      case '/moved-twice':
        return response.writeHead(302, { location: `${base}/moved` }).end()
      case '/loop':
        return response.writeHead(302, { location: '/loop' }).end()
      case '/missing':
        return response.writeHead(404).end()
      case '/error':
        return response.writeHead(500).end()
      case '/no-head':
        return response.writeHead(request.method === 'HEAD' ? 405 : 200).end()
      case '/hang':
        return // never answers
      default:
        return response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** A port nothing listens on: a server we open and close again. */
async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

const options = { timeoutMs: 500, retryDelayMs: 50 }

describe('checkLinks against a local server', () => {
  it('classifies every kind of answer and finishes within its bounds', async () => {
    const refused = `http://127.0.0.1:${await closedPort()}/gone`
    const paths = ['/ok', '/moved', '/moved-twice', '/missing', '/error', '/no-head', '/hang', '/loop']
    const urls = [...paths.map((path) => `${base}${path}`), refused]
    const progress: string[] = []

    const started = performance.now()
    const results = await checkLinks(urls, {
      ...options,
      concurrency: 4,
      onResult: (result, done, total) => progress.push(`${done}/${total} ${result.status}`),
    })
    const elapsed = performance.now() - started

    const byPath = (path: string): LinkResult =>
      results[urls.indexOf(path.startsWith('http') ? path : `${base}${path}`)]!
    expect(byPath('/ok')).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      method: 'HEAD',
      finalUrl: `${base}/ok`,
    })
    expect(byPath('/moved')).toMatchObject({
      status: 'redirected',
      httpStatus: 200,
      finalUrl: `${base}/ok`,
      redirects: 1,
    })
    expect(byPath('/moved-twice')).toMatchObject({
      status: 'redirected',
      finalUrl: `${base}/ok`,
      redirects: 2,
    })
    expect(byPath('/missing')).toMatchObject({ status: 'broken', httpStatus: 404, method: 'GET' })
    expect(byPath('/error')).toMatchObject({ status: 'broken', httpStatus: 500, method: 'GET' })
    expect(byPath('/no-head')).toMatchObject({ status: 'ok', httpStatus: 200, method: 'GET' })
    expect(byPath('/hang')).toMatchObject({
      status: 'timeout',
      httpStatus: null,
      error: 'no answer within 500 ms',
    })
    expect(byPath('/loop')).toMatchObject({ status: 'broken', error: 'more than 10 redirects' })
    expect(byPath(refused)).toMatchObject({ status: 'broken', httpStatus: null, attempts: 2 })
    expect(byPath(refused).error).toContain('ECONNREFUSED')

    expect(seen).toContain('HEAD /no-head')
    expect(seen).toContain('GET /no-head')
    expect(countByStatus(results)).toEqual({ ok: 2, redirected: 2, broken: 4, timeout: 1 })
    expect(progress).toHaveLength(urls.length)
    expect(progress.at(-1)).toMatch(/^9\/9 /)
    expect(elapsed).toBeLessThan(3000)
  })

  it('keeps to the concurrency limit, so hanging hosts hold only their own slots', async () => {
    let active = 0
    let peak = 0
    const fetchLike = async (url: string, init: RequestInit) => {
      active++
      peak = Math.max(peak, active)
      try {
        return await fetch(url, init)
      } finally {
        active--
      }
    }
    const urls = Array.from({ length: 6 }, (_, n) => `${base}/${n % 2 === 0 ? 'hang' : 'ok'}?n=${n}`)
    const started = performance.now()
    const results = await checkLinks(urls, { ...options, fetch: fetchLike, concurrency: 2 })
    expect(peak).toBe(2)
    expect(results.map((result) => result.status)).toEqual([
      'timeout',
      'ok',
      'timeout',
      'ok',
      'timeout',
      'ok',
    ])
    // Three timeouts over two slots: about two timeout periods, never all of them in a row plus retries.
    expect(performance.now() - started).toBeLessThan(1800)
  })

  it('retries a network error once and succeeds when the second attempt works', async () => {
    let calls = 0
    const flaky = async (url: string, init: RequestInit) => {
      calls++
      if (calls === 1)
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }),
        })
      return fetch(url, init)
    }
    const result = await checkLink(`${base}/ok`, { ...options, fetch: flaky })
    expect(result).toMatchObject({ status: 'ok', attempts: 2 })
  })
})
