import { SeriesLink } from '@/components/django/series-link'
import { WARNING_TONE } from '@/components/entry/entry-signals'
import { SiteLink } from '@/components/layout/site-link'
import type { Entry } from '@/lib/content/catalog'
import { djangoSupportOf, writtenForOf } from '@/lib/content/django'
import { getStoredSignals, signalsOf } from '@/lib/content/signals'
import { permalinks } from '@/lib/schema/permalinks'
import { formatObserved, releaseLabel, sourceName, staleLabel } from '@/lib/signals/card-signals'
import {
  declarationSource,
  declarationSummary,
  latestDeclaration,
  SUPPORT_LABELS,
  type SupportStatus,
} from '@/lib/signals/django-support'

export type Fact = { term: string; detail: React.ReactNode }

const MAINTENANCE_WORDS = {
  active: 'Active: a release or push within 12 months',
  quiet: 'Quiet: the last release or push 12–36 months ago',
  dormant: 'Dormant: nothing for over 36 months, or archived',
} as const

function Provenance({ source, observed }: { source: string; observed: string }) {
  return (
    <span className="block text-xs text-muted">
      {sourceName(source)}, observed <time dateTime={observed}>{formatObserved(observed)}</time>
    </span>
  )
}

/** The entry's freshness signals, each saying where it comes from and when it was observed. */
export function signalFacts(entry: Entry): Fact[] {
  const stored = getStoredSignals(entry.slug)
  const derived = signalsOf(entry)
  const facts: Fact[] = []
  const release = derived.signals?.release
  if (stored?.pypi && release) {
    facts.push({
      term: 'Latest release',
      detail: (
        <>
          <span data-signal="release">{releaseLabel(release)}</span>
          {release.stale && (
            <span className={`ml-2 text-xs ${WARNING_TONE}`} data-signal="stale">
              {staleLabel(release)}
            </span>
          )}
          <Provenance source={stored.pypi.source} observed={stored.pypi.observed} />
        </>
      ),
    })
  }
  if (stored?.github) {
    const github = stored.github
    facts.push({
      term: 'Repository',
      detail: (
        <>
          {github.archived && <span className={`mr-2 text-xs ${WARNING_TONE}`}>Archived</span>}
          {github.stars.toLocaleString('en')} stars · last push{' '}
          <time dateTime={github.pushedAt}>{formatObserved(github.pushedAt.slice(0, 10))}</time>
          <Provenance source={github.source} observed={github.observed} />
        </>
      ),
    })
  }
  if (stored?.link) {
    const { link } = stored
    const checked = <time dateTime={link.checked}>{formatObserved(link.checked)}</time>
    facts.push({
      term: 'Link check',
      detail:
        link.status === 'broken' ? (
          <span className={WARNING_TONE}>
            Link broken (checked {checked}){link.detail ? `: ${link.detail}` : ''}
          </span>
        ) : (
          <span>
            {link.status === 'ok' ? 'OK' : `Redirected to ${link.finalUrl ?? 'another address'}`} (checked{' '}
            {checked})
          </span>
        ),
    })
  }
  if (derived.maintenance) {
    facts.push({
      term: 'Maintenance',
      detail: (
        <>
          <span data-signal="maintenance">{MAINTENANCE_WORDS[derived.maintenance]}</span>
          <span className="block text-xs">
            <SiteLink href={permalinks.about()} className="text-accent underline">
              What these figures mean
            </SiteLink>
          </span>
        </>
      ),
    })
  }
  return facts
}

const STATUS_ORDER: readonly SupportStatus[] = ['declared', 'not-declared', 'unknown']

const sentence = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}.`

/**
 * The Django an article or talk is written for; for a package, its status for each supported series, what
 * its latest release declares, where that was read and when, and how it is read.
 */
export function djangoFacts(entry: Entry): Fact[] {
  const writtenFor = writtenForOf(entry)
  if (writtenFor) return [{ term: 'Written for', detail: <span data-written-for>Django {writtenFor}</span> }]
  const support = djangoSupportOf(entry)
  if (!support || support.length === 0) return []
  const stored = getStoredSignals(entry.slug)
  const read = latestDeclaration(stored) ? stored?.django : undefined
  const lines = STATUS_ORDER.map((status) => ({
    status,
    series: support.filter((item) => item.status === status).map((item) => item.series),
  })).filter((line) => line.series.length > 0)
  const allUnknown = lines.length === 1 && lines[0]!.status === 'unknown'
  return [
    {
      term: 'Django',
      detail: (
        <>
          {allUnknown ? (
            <span className="block" data-django-status="unknown">
              {SUPPORT_LABELS.unknown}
            </span>
          ) : (
            lines.map(({ status, series }) => (
              <span key={status} className="block" data-django-status={status}>
                {SUPPORT_LABELS[status]}:{' '}
                {series.map((name, index) => (
                  <span key={name}>
                    {index > 0 && ' · '}
                    <SeriesLink series={name}>{name}</SeriesLink>
                  </span>
                ))}
              </span>
            ))
          )}
          <span className="block text-xs text-muted" data-django-declaration>
            {sentence(declarationSummary(stored))}
          </span>
          <span className="block text-xs text-muted">
            {read && (
              <>
                {/^https?:\/\//.test(read.source) ? (
                  <a href={read.source} className="underline">
                    {declarationSource(read.source)}
                  </a>
                ) : (
                  declarationSource(read.source)
                )}
                , observed <time dateTime={read.observed}>{formatObserved(read.observed)}</time> ·{' '}
              </>
            )}
            <SiteLink href={permalinks.djangoRule()} className="text-accent underline">
              How this is read
            </SiteLink>
          </span>
        </>
      ),
    },
  ]
}
