/**
 * Checks whether links still work. HEAD first (cheap), GET when HEAD is refused; redirects are followed
 * by hand so the final URL can be reported; every request has its own timeout so one hanging host cannot
 * stall a run; retries follow the tools' one rule (tools/lib/http.ts).
 *
 * Verdicts: ok, redirected (works, but lives elsewhere now), broken (4xx/5xx after the GET fallback, or
 * DNS/connection failure after the retry) and timeout. Only "broken" should fail a run: a timeout says
 * the host was slow this time, not that the resource is gone, so it is reported for a human to judge.
 */

import pLimit from 'p-limit'

import { timedFetch, withRetry, type HttpOptions } from '../lib/http'

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

const MAX_REDIRECTS = 10
const HEADERS = { 'user-agent': 'Mozilla/5.0 (compatible; awesome-django-scale-link-check)', accept: '*/*' }

type Outcome = { finalUrl: string; redirects: number } & (
  | { kind: 'response'; status: number }
  | { kind: 'timeout' }
  /** A network failure: retried. */
  | { kind: 'failed'; error: string }
  /** A redirect loop or a redirect to nowhere: broken, and not worth asking again. */
  | { kind: 'invalid'; error: string }
)

export async function checkLink(url: string, options: HttpOptions): Promise<LinkResult> {
  const outcome = await withRetry(() => checkOnce(url, options), options)
  const { finalUrl, method, redirects, attempts } = outcome
  const base = { url, finalUrl, method, redirects, attempts }
  if (outcome.kind === 'timeout')
    return { ...base, status: 'timeout', httpStatus: null, error: `no answer within ${options.timeoutMs} ms` }
  if (outcome.kind !== 'response')
    return { ...base, status: 'broken', httpStatus: null, error: outcome.error }
  if (outcome.status >= 400)
    return { ...base, status: 'broken', httpStatus: outcome.status, error: `HTTP ${outcome.status}` }
  return { ...base, status: redirects > 0 ? 'redirected' : 'ok', httpStatus: outcome.status }
}

async function checkOnce(url: string, options: HttpOptions) {
  const head = await follow(url, 'HEAD', options)
  // Many servers refuse or mishandle HEAD (405, 501, 403, even 404): GET decides.
  if (head.kind === 'response' && head.status >= 400) {
    return { ...(await follow(url, 'GET', options)), method: 'GET' as const }
  }
  return { ...head, method: 'HEAD' as const }
}

async function follow(url: string, method: 'HEAD' | 'GET', options: HttpOptions): Promise<Outcome> {
  let current = url
  for (let redirects = 0; ; redirects++) {
    const answer = await timedFetch(
      current,
      { method, redirect: 'manual', headers: HEADERS },
      options,
      async (response) => {
        // The verdict needs only the status line; do not download bodies.
        await response.body?.cancel().catch(() => undefined)
        return {
          kind: 'response' as const,
          status: response.status,
          location: response.headers.get('location'),
        }
      },
    )
    const at = { finalUrl: current, redirects }
    if (answer.kind !== 'response') return { ...answer, ...at }
    if (answer.status < 300 || answer.status >= 400 || answer.location === null) {
      return { kind: 'response', status: answer.status, ...at }
    }
    if (redirects >= MAX_REDIRECTS)
      return { kind: 'invalid', error: `more than ${MAX_REDIRECTS} redirects`, ...at }
    if (!URL.canParse(answer.location, current)) {
      return { kind: 'invalid', error: `redirect to an invalid URL "${answer.location}"`, ...at }
    }
    current = new URL(answer.location, current).href
  }
}

/** Checks many links, at most `concurrency` at a time; results keep the order of `urls`. */
export async function checkLinks(
  urls: readonly string[],
  options: HttpOptions & {
    concurrency: number
    onResult?: (result: LinkResult, done: number, total: number) => void
  },
): Promise<LinkResult[]> {
  const limit = pLimit(options.concurrency)
  let done = 0
  return Promise.all(
    urls.map((url) =>
      limit(async () => {
        const result = await checkLink(url, options)
        options.onResult?.(result, ++done, urls.length)
        return result
      }),
    ),
  )
}

export function countByStatus(results: readonly LinkResult[]): Record<LinkStatus, number> {
  const counts: Record<LinkStatus, number> = { ok: 0, redirected: 0, broken: 0, timeout: 0 }
  for (const result of results) counts[result.status]++
  return counts
}
