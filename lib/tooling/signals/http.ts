/**
 * One GET with a timeout covering the whole answer (headers and body), retried once after a pause when
 * the network fails or the server answers 5xx. A timeout is not retried: a host that never answers
 * should cost one timeout, not two.
 */

export type HttpAnswer =
  | { kind: 'response'; status: number; headers: Headers; body: string }
  | { kind: 'timeout' }
  | { kind: 'failed'; error: string }

export type HttpOptions = {
  headers: Record<string, string>
  timeoutMs: number
  /** Pause before the one retry. */
  retryDelayMs: number
}

export async function getWithRetry(
  url: string,
  options: HttpOptions,
): Promise<HttpAnswer & { attempts: number }> {
  let answer = await getOnce(url, options)
  if (answer.kind === 'failed' || (answer.kind === 'response' && answer.status >= 500)) {
    await sleep(options.retryDelayMs)
    answer = await getOnce(url, options)
    return { ...answer, attempts: 2 }
  }
  return { ...answer, attempts: 1 }
}

async function getOnce(url: string, options: HttpOptions): Promise<HttpAnswer> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs)
  try {
    const response = await fetch(url, { headers: options.headers, signal: controller.signal })
    const body = await response.text()
    return { kind: 'response', status: response.status, headers: response.headers, body }
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout' }
    return { kind: 'failed', error: describeError(error) }
  } finally {
    clearTimeout(timer)
  }
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

/** Why an answer is no good, in words for the summary and the errors field. */
export function describeAnswer(answer: HttpAnswer, timeoutMs: number): string {
  if (answer.kind === 'timeout') return `no answer within ${timeoutMs} ms`
  if (answer.kind === 'failed') return answer.error
  return `HTTP ${answer.status}`
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
