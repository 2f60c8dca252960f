import type { EntryRecord } from '../content/content-rules'
import { pypiPackageOf } from '../../lib/signals/pypi-package'

/** What the refresh asks about one entry: its PyPI package and its GitHub repository, when it has them. */
export type SignalTarget = { slug: string; path: string; url: string; pypi?: string; github?: string }

/** "owner/name" of a github.com repository URL (deeper paths such as /tree/main are ignored). */
export function githubRepoOfUrl(url: string): string | undefined {
  const parsed = URL.parse(url)
  if (parsed?.hostname !== 'github.com' && parsed?.hostname !== 'www.github.com') return undefined
  const [owner, name] = parsed.pathname.split('/').filter(Boolean)
  return owner && name ? `${owner}/${name.replace(/\.git$/, '')}` : undefined
}

/** PEP 503: PyPI treats runs of "-", "_" and "." alike and ignores case. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

export function targetOf(
  entry: Pick<EntryRecord, 'slug' | 'path' | 'url' | 'package' | 'repository'>,
): SignalTarget {
  const target: SignalTarget = { slug: entry.slug, path: entry.path, url: entry.url }
  const pypi = pypiPackageOf(entry)
  if (pypi) target.pypi = pypi
  const github = [entry.repository, entry.url]
    .map((url) => (url ? githubRepoOfUrl(url) : undefined))
    .find(Boolean)
  if (github) target.github = github
  return target
}
