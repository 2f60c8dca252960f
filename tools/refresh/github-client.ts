import type { GithubSignal } from '../../lib/signals/schema'
import { describeAnswer, getWithRetry, systemClock, type HttpOptions } from '../lib/http'

export type GithubFigures = Omit<GithubSignal, 'observed' | 'source'>

export type GithubResult =
  | { kind: 'ok'; figures: GithubFigures }
  /** 304: the stored figures still hold. */
  | { kind: 'not-modified' }
  /** Stop asking GitHub this run; resetsAt is when the limit lifts, when GitHub says. */
  | { kind: 'rate-limited'; error: string; resetsAt: Date | null }
  | { kind: 'failed'; error: string }

type Options = HttpOptions & {
  baseUrl: string
  userAgent: string
  token?: string
  /** The ETag of the last answer, sent as If-None-Match. */
  etag?: string | null
}

/** GET {baseUrl}/repos/<owner>/<name>, conditional on the stored ETag. */
export async function fetchGithubRepo(repo: string, options: Options): Promise<GithubResult> {
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': options.userAgent,
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.etag) headers['if-none-match'] = options.etag
  const url = `${options.baseUrl.replace(/\/+$/, '')}/repos/${repo.split('/').map(encodeURIComponent).join('/')}`
  const answer = await getWithRetry(url, { ...options, headers })
  if (answer.kind !== 'response') return { kind: 'failed', error: describeAnswer(answer, options.timeoutMs) }
  if (answer.status === 304) return { kind: 'not-modified' }
  if (answer.status === 403 || answer.status === 429) {
    const resetsAt = rateLimitResetOf(answer.headers, (options.clock ?? systemClock).now())
    if (answer.headers.get('x-ratelimit-remaining') === '0' || answer.headers.get('retry-after') !== null) {
      const until = resetsAt ? ` until ${resetsAt.toISOString()}` : ''
      return { kind: 'rate-limited', error: `HTTP ${answer.status}: rate limited${until}`, resetsAt }
    }
  }
  if (answer.status !== 200)
    return { kind: 'failed', error: describeAnswer(answer, options.timeoutMs, 'no such repository') }
  try {
    const figures = readGithubJson(JSON.parse(answer.body), repo)
    return { kind: 'ok', figures: { ...figures, etag: answer.headers.get('etag') } }
  } catch (error) {
    return { kind: 'failed', error: `unexpected answer: ${error instanceof Error ? error.message : error}` }
  }
}

/** Retry-After (seconds) wins; otherwise x-ratelimit-reset (epoch seconds). */
function rateLimitResetOf(headers: Headers, now: Date): Date | null {
  const retryAfter = Number(headers.get('retry-after') ?? Number.NaN)
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return new Date(now.getTime() + retryAfter * 1000)
  const reset = Number(headers.get('x-ratelimit-reset') ?? Number.NaN)
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : null
}

type RepoJson = { stargazers_count?: unknown; archived?: unknown; pushed_at?: unknown; license?: unknown }

function readGithubJson(json: RepoJson, repo: string): Omit<GithubFigures, 'etag'> {
  const { stargazers_count: stars, archived, pushed_at: pushedAt } = json
  if (!Number.isInteger(stars) || typeof archived !== 'boolean' || typeof pushedAt !== 'string')
    throw new Error('no stargazers_count, archived or pushed_at')
  const license = json.license as { spdx_id?: unknown } | null | undefined
  return {
    repo,
    stars: stars as number,
    archived,
    pushedAt,
    license: typeof license?.spdx_id === 'string' ? license.spdx_id : null,
  }
}
