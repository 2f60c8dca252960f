import type { PypiSignal } from '../../lib/signals/schema'
import { describeAnswer, getWithRetry, type HttpOptions } from '../lib/http'

/** The figures of a PyPI answer, before the refresh stamps them with a date and a source. */
export type PypiFigures = Omit<PypiSignal, 'observed' | 'source'>

export type PypiResult = { kind: 'ok'; figures: PypiFigures } | { kind: 'failed'; error: string }

type Options = HttpOptions & { baseUrl: string; userAgent: string }

/** GET {baseUrl}/pypi/<name>/json: the latest version, the day its first file was uploaded, Django classifiers. */
export async function fetchPypiPackage(name: string, options: Options): Promise<PypiResult> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/pypi/${encodeURIComponent(name)}/json`
  const answer = await getWithRetry(url, {
    ...options,
    headers: { accept: 'application/json', 'user-agent': options.userAgent },
  })
  if (answer.kind !== 'response' || answer.status !== 200) {
    const why = describeAnswer(answer, options.timeoutMs)
    return {
      kind: 'failed',
      error: answer.kind === 'response' && answer.status === 404 ? `${why}: no such package` : why,
    }
  }
  try {
    return { kind: 'ok', figures: readPypiJson(JSON.parse(answer.body)) }
  } catch (error) {
    return { kind: 'failed', error: `unexpected answer: ${error instanceof Error ? error.message : error}` }
  }
}

type PypiJson = {
  info?: { name?: unknown; version?: unknown; classifiers?: unknown }
  urls?: { upload_time_iso_8601?: unknown }[]
}

function readPypiJson(json: PypiJson): PypiFigures {
  const name = json.info?.name
  const version = json.info?.version
  if (typeof name !== 'string' || typeof version !== 'string') throw new Error('no info.name or info.version')
  const uploads = (Array.isArray(json.urls) ? json.urls : [])
    .map((file) => file.upload_time_iso_8601)
    .filter((time): time is string => typeof time === 'string' && /^\d{4}-\d{2}-\d{2}/.test(time))
    .toSorted()
  if (uploads.length === 0) throw new Error(`no files for version ${version}`)
  const figures: PypiFigures = { name, version, released: uploads[0]!.slice(0, 10) }
  const djangoVersions = djangoVersionsOf(json.info?.classifiers)
  if (djangoVersions.length > 0) figures.djangoVersions = djangoVersions
  return figures
}

/** "Framework :: Django :: 4.2" → "4.2", in version order. */
export function djangoVersionsOf(classifiers: unknown): string[] {
  if (!Array.isArray(classifiers)) return []
  const versions = classifiers
    .map((classifier) =>
      typeof classifier === 'string'
        ? /^Framework :: Django :: (\d+(?:\.\d+)*)$/.exec(classifier)?.[1]
        : undefined,
    )
    .filter((version): version is string => version !== undefined)
  const parts = (version: string) => version.split('.').map(Number)
  return [...new Set(versions)].toSorted((a, b) => {
    const [pa, pb] = [parts(a), parts(b)]
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const diff = (pa[i] ?? 0) - (pb[i] ?? 0)
      if (diff !== 0) return diff
    }
    return 0
  })
}
