/**
 * One request under a timeout that covers reading the answer too (`read` runs before the timer stops),
 * so a host that sends headers and then stalls cannot hang a run. The link check and the signal clients
 * both build on it.
 */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

export type FetchFailure = { kind: 'timeout' } | { kind: 'failed'; error: string }

export async function timedFetch<T>(
  url: string,
  init: Omit<RequestInit, 'signal'>,
  options: { timeoutMs: number; fetch?: FetchLike },
  read: (response: Response) => Promise<T>,
): Promise<T | FetchFailure> {
  const fetchImpl = options.fetch ?? fetch
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs)
  try {
    return await read(await fetchImpl(url, { ...init, signal: controller.signal }))
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout' }
    return { kind: 'failed', error: describeError(error) }
  } finally {
    clearTimeout(timer)
  }
}

/** "fetch failed" says little; the cause (ENOTFOUND, ECONNREFUSED, …) says what went wrong. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code
    return typeof code === 'string' ? `${code}: ${cause.message}` : cause.message
  }
  return error.message
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
