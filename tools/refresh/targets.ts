import type { EntryRecord } from '../content/content-rules'

/** What the refresh asks about one entry: its PyPI package and its GitHub repository, when it has them. */
export type SignalTarget = { slug: string; path: string; url: string; pypi?: string; github?: string }

/** The project name in a pypi.org/project/<name>/ URL. */
export function pypiNameOfUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    if (parsed.hostname !== 'pypi.org' && parsed.hostname !== 'www.pypi.org') return undefined
    const match = /^\/project\/([A-Za-z0-9._-]+)\/?/.exec(parsed.pathname)
    return match?.[1]
  } catch {
    return undefined
  }
}

/** "owner/name" of a github.com repository URL (deeper paths such as /tree/main are ignored). */
export function githubRepoOfUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    if (parsed.hostname !== 'github.com' && parsed.hostname !== 'www.github.com') return undefined
    const [owner, name] = parsed.pathname.split('/').filter(Boolean)
    if (!owner || !name) return undefined
    return `${owner}/${name.replace(/\.git$/, '')}`
  } catch {
    return undefined
  }
}

/** PEP 503: PyPI treats runs of "-", "_" and "." alike and ignores case. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

export function targetOf(
  entry: Pick<EntryRecord, 'slug' | 'path' | 'url' | 'package' | 'repository'>,
): SignalTarget {
  const target: SignalTarget = { slug: entry.slug, path: entry.path, url: entry.url }
  const pypi = entry.package ?? pypiNameOfUrl(entry.url)
  if (pypi) target.pypi = pypi
  const github = [entry.repository, entry.url]
    .map((url) => (url ? githubRepoOfUrl(url) : undefined))
    .find(Boolean)
  if (github) target.github = github
  return target
}
