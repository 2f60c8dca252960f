import { isDeepStrictEqual } from 'node:util'

import pLimit from 'p-limit'

import { fetchGithubRepo, type GithubFigures } from './github-client'
import { fetchPypiPackage, type DjangoFigures, type PypiFigures } from './pypi-client'
import { isoDay } from '../../lib/schema/fields'
import type { EntrySignals, SignalsFile } from '../../lib/signals/schema'
import type { SignalTarget } from './targets'
import type { Clock } from '../lib/http'

/**
 * One refresh run: asks PyPI and GitHub about every target and merges the answers into a copy of the
 * stored signals. An answer replaces figures (PyPI's gives `pypi` and `django` together, both of the latest
 * release); a failure keeps every stored figure and records why in `errors`; a 304 keeps the figures and
 * renews `observed`. Entries that are no longer targets are kept.
 */

export type RefreshSource = 'pypi' | 'github'
type Outcome = 'updated' | 'unchanged' | 'failed' | 'skipped'
type SourceCounts = Record<Outcome, number>

export type RefreshOptions = {
  sources: readonly RefreshSource[]
  pypiUrl: string
  githubApiUrl: string
  githubToken?: string
  /** Requests to PyPI at once; GitHub gets at most two at once (it asks clients not to hurry). */
  concurrency: number
  timeoutMs: number
  retryDelayMs: number
  clock: Clock
  onProgress?: (line: string) => void
}

export type RefreshReport = {
  signals: SignalsFile
  counts: Record<RefreshSource, SourceCounts>
  failures: { slug: string; source: RefreshSource; error: string }[]
  /** Set when GitHub's rate limit stopped the GitHub requests. */
  rateLimited?: { resetsAt: Date | null }
}

const GITHUB_CONCURRENCY = 2
const USER_AGENT = 'awesome-django-scale-refresh (+https://github.com/)'

const emptyCounts = (): SourceCounts => ({ updated: 0, unchanged: 0, failed: 0, skipped: 0 })

function sameFigures(a: object | undefined, b: object, ignored: readonly string[]): boolean {
  const strip = (value: object) => Object.entries(value).filter(([key]) => !ignored.includes(key))
  return a !== undefined && isDeepStrictEqual(new Map(strip(a)), new Map(strip(b)))
}

export async function refreshSignals(
  targets: readonly SignalTarget[],
  stored: SignalsFile,
  options: RefreshOptions,
): Promise<RefreshReport> {
  const signals: SignalsFile = structuredClone(stored)
  const report: RefreshReport = {
    signals,
    counts: { pypi: emptyCounts(), github: emptyCounts() },
    failures: [],
  }
  const today = () => isoDay(options.clock.now())
  const http = { ...options, userAgent: USER_AGENT }

  const pypiJobs = options.sources.includes('pypi') ? targets.filter((target) => target.pypi) : []
  const githubJobs = options.sources.includes('github') ? targets.filter((target) => target.github) : []
  const total = pypiJobs.length + githubJobs.length
  let done = 0

  const entryOf = (slug: string): EntrySignals => (signals[slug] ??= {})
  const record = (
    target: SignalTarget,
    source: RefreshSource,
    outcome: Outcome,
    detail: string,
    error?: string,
  ) => {
    report.counts[source][outcome]++
    const entry = entryOf(target.slug)
    if (outcome === 'failed') {
      entry.errors = { ...entry.errors, [source]: { message: error ?? detail, at: today() } }
      report.failures.push({ slug: target.slug, source, error: error ?? detail })
    } else if (outcome !== 'skipped' && entry.errors?.[source]) {
      delete entry.errors[source]
      if (Object.keys(entry.errors).length === 0) delete entry.errors
    }
    if (Object.keys(entry).length === 0) delete signals[target.slug]
    options.onProgress?.(`[${++done}/${total}] ${source} ${target.slug}: ${outcome} ${error ?? detail}`)
  }

  const refreshPypi = async (target: SignalTarget) => {
    const name = target.pypi!
    const result = await fetchPypiPackage(name, { ...http, baseUrl: options.pypiUrl })
    if (result.kind === 'failed') return record(target, 'pypi', 'failed', name, `${name}: ${result.error}`)
    const previous = signals[target.slug]
    const unchanged =
      sameFigures(previous?.pypi, result.figures, ['observed', 'source']) &&
      sameFigures(previous?.django, result.django, ['observed', 'source'])
    const source = `PyPI JSON API (${options.pypiUrl})`
    const entry = entryOf(target.slug)
    entry.pypi = { ...result.figures, observed: today(), source }
    // The same answer tells what the latest release declares about Django: both describe one release.
    entry.django = { ...result.django, observed: today(), source }
    record(target, 'pypi', unchanged ? 'unchanged' : 'updated', describePypi(result.figures, result.django))
  }

  let githubStopped = false
  const refreshGithub = async (target: SignalTarget) => {
    const repo = target.github!
    if (githubStopped) return record(target, 'github', 'skipped', `${repo} (rate limited)`)
    const previous = signals[target.slug]?.github
    const etag = previous?.repo === repo ? previous.etag : null
    const result = await fetchGithubRepo(repo, {
      ...http,
      baseUrl: options.githubApiUrl,
      token: options.githubToken,
      etag,
    })
    switch (result.kind) {
      case 'rate-limited':
        githubStopped = true
        report.rateLimited = { resetsAt: result.resetsAt }
        return record(target, 'github', 'failed', repo, `${repo}: ${result.error}`)
      case 'failed':
        return record(target, 'github', 'failed', repo, `${repo}: ${result.error}`)
      case 'not-modified':
        entryOf(target.slug).github = { ...previous!, observed: today() }
        return record(target, 'github', 'unchanged', `${repo} (304 Not Modified)`)
      case 'ok': {
        const unchanged = sameFigures(previous, result.figures, ['observed', 'source', 'etag'])
        const source = `GitHub REST API (${options.githubApiUrl})`
        entryOf(target.slug).github = { ...result.figures, observed: today(), source }
        return record(target, 'github', unchanged ? 'unchanged' : 'updated', describeGithub(result.figures))
      }
    }
  }

  const pypiLimit = pLimit(options.concurrency)
  const githubLimit = pLimit(Math.min(GITHUB_CONCURRENCY, options.concurrency))
  await Promise.all([
    ...pypiJobs.map((target) => pypiLimit(() => refreshPypi(target))),
    ...githubJobs.map((target) => githubLimit(() => refreshGithub(target))),
  ])
  return report
}

function describePypi(figures: PypiFigures, django: DjangoFigures): string {
  const series = django.classifiers.length > 0 ? `, Django ${django.classifiers.join(' ')}` : ''
  return `${figures.name} ${figures.version} (${figures.released})${series}`
}

function describeGithub(figures: GithubFigures): string {
  return `${figures.repo} ★${figures.stars}${figures.archived ? ' archived' : ''}, pushed ${figures.pushedAt.slice(0, 10)}`
}
