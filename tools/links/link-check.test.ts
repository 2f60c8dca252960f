import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkLink, checkLinks, countByStatus, type LinkResult } from './link-check'
import type { Clock } from '../lib/http'

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

/** A clock whose pauses take no time and are recorded. */
function instantClock(): Clock & { pauses: number[] } {
  const pauses: number[] = []
  return { pauses, now: () => new Date(), pause: async (ms) => void pauses.push(ms) }
}

/** Healthy answers get a timeout no loaded machine comes near; only /hang may time out. */
const options = { timeoutMs: 10_000, retryDelayMs: 50 }

describe('checkLinks against a local server', () => {
  it('classifies every kind of answer, asking again once after a network error or a 5xx', async () => {
    const refused = `http://127.0.0.1:${await closedPort()}/gone`
    const paths = ['/ok', '/moved', '/moved-twice', '/missing', '/error', '/no-head', '/loop']
    const urls = [...paths.map((path) => `${base}${path}`), refused]
    const progress: string[] = []
    const clock = instantClock()

    const results = await checkLinks(urls, {
      ...options,
      clock,
      concurrency: 4,
      onResult: (result, done, total) => progress.push(`${done}/${total} ${result.status}`),
    })

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
    expect(byPath('/missing')).toMatchObject({
      status: 'broken',
      httpStatus: 404,
      method: 'GET',
      attempts: 1,
    })
    expect(byPath('/error')).toMatchObject({ status: 'broken', httpStatus: 500, method: 'GET', attempts: 2 })
    expect(byPath('/no-head')).toMatchObject({ status: 'ok', httpStatus: 200, method: 'GET' })
    expect(byPath('/loop')).toMatchObject({ status: 'broken', error: 'more than 10 redirects', attempts: 1 })
    expect(byPath(refused)).toMatchObject({ status: 'broken', httpStatus: null, attempts: 2 })
    expect(byPath(refused).error).toContain('ECONNREFUSED')
    // The 5xx and the refused connection, each asked again once after the retry delay.
    expect(clock.pauses).toEqual([50, 50])

    expect(seen).toContain('HEAD /no-head')
    expect(seen).toContain('GET /no-head')
    expect(countByStatus(results)).toEqual({ ok: 2, redirected: 2, broken: 4, timeout: 0 })
    expect(progress).toHaveLength(urls.length)
    expect(progress.at(-1)).toMatch(/^8\/8 /)
  })

  it('reports a host that never answers as a timeout, asked once, not again', async () => {
    const clock = instantClock()
    const result = await checkLink(`${base}/hang`, { ...options, clock, timeoutMs: 100 })
    expect(result).toMatchObject({
      status: 'timeout',
      httpStatus: null,
      attempts: 1,
      error: 'no answer within 100 ms',
    })
    expect(clock.pauses).toEqual([])
  })

  it('keeps to the concurrency limit, so hanging hosts hold only their own slots', async () => {
    let active = 0
    let peak = 0
    // /ok answers at once; /hang answers only when its timeout aborts the request.
    const fetchLike = async (url: string, init: RequestInit) => {
      active++
      peak = Math.max(peak, active)
      try {
        if (url.includes('/ok')) return new Response(null, { status: 200 })
        return await new Promise<Response>((_, reject) =>
          init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
        )
      } finally {
        active--
      }
    }
    const urls = Array.from({ length: 6 }, (_, n) => `${base}/${n % 2 === 0 ? 'hang' : 'ok'}?n=${n}`)
    const results = await checkLinks(urls, { ...options, timeoutMs: 50, fetch: fetchLike, concurrency: 2 })
    expect(peak).toBe(2)
    expect(results.map((result) => result.status)).toEqual([
      'timeout',
      'ok',
      'timeout',
      'ok',
      'timeout',
      'ok',
    ])
  })

  it('asks again once after a network error, after the retry delay, and takes the second answer', async () => {
    let calls = 0
    const flaky = async (url: string, init: RequestInit) => {
      calls++
      if (calls === 1)
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }),
        })
      return fetch(url, init)
    }
    const clock = instantClock()
    const result = await checkLink(`${base}/ok`, { ...options, clock, fetch: flaky })
    expect(result).toMatchObject({ status: 'ok', attempts: 2 })
    expect(clock.pauses).toEqual([50])
  })
})
