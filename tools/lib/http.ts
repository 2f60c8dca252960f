/**
 * One GET with a timeout covering the whole answer (headers and body), retried once after a pause when
 * the network fails or the server answers 5xx. A timeout is not retried: a host that never answers
 * should cost one timeout, not two.
 */

import { sleep, timedFetch, type FetchFailure } from './timed-fetch'

export type HttpAnswer = { kind: 'response'; status: number; headers: Headers; body: string } | FetchFailure

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

function getOnce(url: string, options: HttpOptions): Promise<HttpAnswer> {
  return timedFetch(url, { headers: options.headers }, options, async (response) => {
    const body = await response.text()
    return { kind: 'response', status: response.status, headers: response.headers, body }
  })
}

/** Why an answer is no good, in words for the summary and the errors field. */
export function describeAnswer(answer: HttpAnswer, timeoutMs: number): string {
  if (answer.kind === 'timeout') return `no answer within ${timeoutMs} ms`
  if (answer.kind === 'failed') return answer.error
  return `HTTP ${answer.status}`
}
