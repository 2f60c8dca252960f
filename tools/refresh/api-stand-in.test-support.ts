import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A loopback stand-in for PyPI's JSON API and GitHub's REST API, for tests and demonstrations:
 * each path answers from a script of replies (the last one repeats), and every request is recorded.
 */

type Reply =
  { status: number; headers?: Record<string, string>; json?: unknown; text?: string } | 'never-answer'

type Script = Reply | ((request: { headers: IncomingHttpHeaders; count: number }) => Reply)

export type ApiStandIn = {
  base: string
  /** Sets the replies for a path, in order; the last one repeats. */
  on: (path: string, ...replies: Script[]) => void
  requests: { path: string; headers: IncomingHttpHeaders }[]
  countOf: (path: string) => number
  close: () => Promise<void>
}

export async function startApiStandIn(): Promise<ApiStandIn> {
  const scripts = new Map<string, Script[]>()
  const requests: ApiStandIn['requests'] = []
  const countOf = (path: string) => requests.filter((request) => request.path === path).length
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://stand-in').pathname
    requests.push({ path, headers: request.headers })
    const replies = scripts.get(path) ?? [{ status: 404, json: { message: 'Not Found' } }]
    const count = countOf(path)
    const script = replies[Math.min(count, replies.length) - 1]!
    const reply = typeof script === 'function' ? script({ headers: request.headers, count }) : script
    if (reply === 'never-answer') return
    const body = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? '')
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    on: (path, ...replies) => scripts.set(path, replies),
    requests,
    countOf,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** A PyPI JSON answer with the fields the refresh reads. */
export function pypiJson(name: string, version: string, uploaded: string, classifiers: string[] = []) {
  return {
    info: { name, version, classifiers },
    urls: [
      { upload_time_iso_8601: uploaded },
      { upload_time_iso_8601: `${uploaded.slice(0, 10)}T23:59:59.000000Z` },
    ],
  }
}

/** A GitHub repository answer with the fields the refresh reads. */
export function githubJson(
  stars: number,
  pushedAt: string,
  options: { archived?: boolean; license?: string } = {},
) {
  return {
    stargazers_count: stars,
    archived: options.archived ?? false,
    pushed_at: pushedAt,
    license: options.license ? { spdx_id: options.license } : null,
  }
}
