/**
 * Checks whether links still work. HEAD first (cheap), GET when HEAD is refused; redirects are followed
 * by hand so the final URL can be reported; every request has its own timeout so one hanging host cannot
 * stall a run; a network failure is retried once.
 *
 * Verdicts: ok, redirected (works, but lives elsewhere now), broken (4xx/5xx after the GET fallback, or
 * DNS/connection failure after the retry) and timeout. Only "broken" should fail a run: a timeout says
 * the host was slow this time, not that the resource is gone, so it is reported for a human to judge.
 */

import { sleep, timedFetch, type FetchFailure, type FetchLike } from '../lib/timed-fetch'

export type { FetchLike }

export type LinkStatus = 'ok' | 'redirected' | 'broken' | 'timeout'

export type LinkResult = {
  url: string
  status: LinkStatus
  /** The last HTTP status seen, or null when no response came. */
  httpStatus: number | null
  /** Where the redirects ended; the URL itself when there were none. */
  finalUrl: string
  /** The method that gave the verdict: GET when HEAD was refused. */
  method: 'HEAD' | 'GET'
  redirects: number
  attempts: number
  /** Why a link is broken or timed out, for people. */
  error?: string
}

export type LinkCheckOptions = {
  timeoutMs: number
  fetch?: FetchLike
  maxRedirects?: number
  /** Pause before the one retry after a network error. */
  retryDelayMs?: number
  userAgent?: string
}

const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; awesome-django-scale-link-check)'

type Outcome =
  | { kind: 'response'; status: number; finalUrl: string; redirects: number }
  | { kind: 'timeout'; finalUrl: string; redirects: number }
  | { kind: 'failed'; error: string; finalUrl: string; redirects: number; retryable: boolean }

export async function checkLink(url: string, options: LinkCheckOptions): Promise<LinkResult> {
  let attempts = 0
  for (;;) {
    attempts++
    const { outcome, method } = await checkOnce(url, options)
    if (outcome.kind === 'failed' && outcome.retryable && attempts < 2) {
      await sleep(options.retryDelayMs ?? 250)
      continue
    }
    const base = { url, finalUrl: outcome.finalUrl, method, redirects: outcome.redirects, attempts }
    if (outcome.kind === 'timeout') {
      return {
        ...base,
        status: 'timeout',
        httpStatus: null,
        error: `no answer within ${options.timeoutMs} ms`,
      }
    }
    if (outcome.kind === 'failed')
      return { ...base, status: 'broken', httpStatus: null, error: outcome.error }
    if (outcome.status >= 400) {
      return { ...base, status: 'broken', httpStatus: outcome.status, error: `HTTP ${outcome.status}` }
    }
    return { ...base, status: outcome.redirects > 0 ? 'redirected' : 'ok', httpStatus: outcome.status }
  }
}

async function checkOnce(url: string, options: LinkCheckOptions) {
  const head = await follow(url, 'HEAD', options)
  // Many servers refuse or mishandle HEAD (405, 501, 403, even 404): GET decides.
  if (head.kind === 'response' && head.status >= 400) {
    return { outcome: await follow(url, 'GET', options), method: 'GET' as const }
  }
  return { outcome: head, method: 'HEAD' as const }
}

async function follow(url: string, method: 'HEAD' | 'GET', options: LinkCheckOptions): Promise<Outcome> {
  const maxRedirects = options.maxRedirects ?? 10
  let current = url
  for (let redirects = 0; ; redirects++) {
    const answer = await request(current, method, options)
    if (answer.kind === 'timeout') return { kind: 'timeout', finalUrl: current, redirects }
    if (answer.kind === 'failed') return { ...answer, finalUrl: current, redirects, retryable: true }
    if (answer.status < 300 || answer.status >= 400 || answer.location === null) {
      return { kind: 'response', status: answer.status, finalUrl: current, redirects }
    }
    if (redirects >= maxRedirects) {
      return {
        kind: 'failed',
        error: `more than ${maxRedirects} redirects`,
        finalUrl: current,
        redirects,
        retryable: false,
      }
    }
    try {
      current = new URL(answer.location, current).href
    } catch {
      return {
        kind: 'failed',
        error: `redirect to an invalid URL "${answer.location}"`,
        finalUrl: current,
        redirects,
        retryable: false,
      }
    }
  }
}

type Answer = { kind: 'response'; status: number; location: string | null } | FetchFailure

async function request(url: string, method: 'HEAD' | 'GET', options: LinkCheckOptions): Promise<Answer> {
  const headers = { 'user-agent': options.userAgent ?? DEFAULT_USER_AGENT, accept: '*/*' }
  return timedFetch(url, { method, redirect: 'manual', headers }, options, async (response) => {
    // The verdict needs only the status line; do not download bodies.
    await response.body?.cancel().catch(() => undefined)
    return { kind: 'response', status: response.status, location: response.headers.get('location') }
  })
}

/** Checks many links, at most `concurrency` at a time; results keep the order of `urls`. */
export async function checkLinks(
  urls: readonly string[],
  options: LinkCheckOptions & {
    concurrency: number
    onResult?: (result: LinkResult, done: number, total: number) => void
  },
): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(urls.length)
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < urls.length) {
      const index = next++
      const result = await checkLink(urls[index]!, options)
      results[index] = result
      options.onResult?.(result, ++done, urls.length)
    }
  }
  const workers = Math.max(1, Math.min(options.concurrency, urls.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return results
}

export function countByStatus(results: readonly LinkResult[]): Record<LinkStatus, number> {
  const counts: Record<LinkStatus, number> = { ok: 0, redirected: 0, broken: 0, timeout: 0 }
  for (const result of results) counts[result.status]++
  return counts
}
