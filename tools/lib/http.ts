/**
 * How the tools ask the network (the link check, the PyPI and GitHub clients): each request under a
 * timeout that covers reading the answer too, so a host that sends headers and then stalls cannot hang a
 * run, and one retry rule for all of them (withRetry).
 */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

export type FetchFailure = { kind: 'timeout' } | { kind: 'failed'; error: string }

/** What a run reads the time and waits with: the system's, or a test's that counts the pauses. */
export type Clock = { now: () => Date; pause: (ms: number) => Promise<void> }

export const systemClock: Clock = {
  now: () => new Date(),
  pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

export type HttpOptions = { timeoutMs: number; retryDelayMs: number; clock?: Clock; fetch?: FetchLike }

export async function timedFetch<T>(
  url: string,
  init: Omit<RequestInit, 'signal'>,
  options: HttpOptions,
  read: (response: Response) => Promise<T>,
): Promise<T | FetchFailure> {
  try {
    const response = await (options.fetch ?? fetch)(url, {
      ...init,
      signal: AbortSignal.timeout(options.timeoutMs),
    })
    return await read(response)
  } catch (error) {
    // The timeout's signal rejects the request, or the reading of its body, with a TimeoutError.
    if (error instanceof Error && error.name === 'TimeoutError') return { kind: 'timeout' }
    return { kind: 'failed', error: describeError(error) }
  }
}

/**
 * The retry rule: a request that failed on the network or got a 5xx answer is tried once more, after
 * `retryDelayMs`. Nothing else is: a host that never answers should cost one timeout, not two, and any
 * other answer would come back the same.
 */
export async function withRetry<Answer extends { kind: string; status?: number }>(
  attempt: () => Promise<Answer>,
  options: HttpOptions,
): Promise<Answer & { attempts: number }> {
  const first = await attempt()
  if (first.kind !== 'failed' && !(first.kind === 'response' && (first.status ?? 0) >= 500)) {
    return { ...first, attempts: 1 }
  }
  await (options.clock ?? systemClock).pause(options.retryDelayMs)
  return { ...(await attempt()), attempts: 2 }
}

export type HttpAnswer = { kind: 'response'; status: number; headers: Headers; body: string } | FetchFailure

/** One GET, its body read, under the retry rule. */
export function getWithRetry(
  url: string,
  options: HttpOptions & { headers: Record<string, string> },
): Promise<HttpAnswer & { attempts: number }> {
  const getOnce = () =>
    timedFetch(url, { headers: options.headers }, options, async (response): Promise<HttpAnswer> => {
      const body = await response.text()
      return { kind: 'response', status: response.status, headers: response.headers, body }
    })
  return withRetry(getOnce, options)
}

/** Why an answer is no good, in words for the summary and the errors field; `notFound` follows a 404. */
export function describeAnswer(answer: HttpAnswer, timeoutMs: number, notFound?: string): string {
  if (answer.kind === 'timeout') return `no answer within ${timeoutMs} ms`
  if (answer.kind === 'failed') return answer.error
  return answer.status === 404 && notFound ? `HTTP 404: ${notFound}` : `HTTP ${answer.status}`
}

/** "fetch failed" says little; the cause (ENOTFOUND, ECONNREFUSED, …) says what went wrong. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code
    return typeof code === 'string' ? `${code}: ${cause.message}` : cause.message
  }
  return error.message
}
