import { permalinks } from '@/lib/schema/permalinks'
import {
  formatObserved,
  releaseLabel,
  staleLabel,
  starsLabel,
  type CardSignals,
  type Superseded,
} from '@/lib/signals/card-signals'

import { AnyLink, SiteLink } from '../layout/site-link'

export const WARNING_TONE =
  'rounded bg-amber-50 px-1.5 py-0.5 font-medium text-amber-900 ring-1 ring-amber-200 ring-inset dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800'

/** A figure with where and when it was observed: as a tooltip, and in words for screen readers. */
function Observed({
  children,
  note,
  className,
}: {
  children: React.ReactNode
  note: string
  className?: string
}) {
  return (
    <span title={note} className={className}>
      {children}
      <span className="sr-only"> ({note})</span>
    </span>
  )
}

/**
 * The card's line of signals: the latest release (or how long since it), the supported Django series it
 * declares, archived, stars, a broken link.
 */
export function SignalBadges({
  signals,
  djangoDeclared,
}: {
  signals: CardSignals
  djangoDeclared: string[]
}) {
  const { release, archived, stars, brokenLink } = signals
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted" data-signals>
      {release && (
        <Observed
          note={`latest release ${release.version} on PyPI, observed ${formatObserved(release.observed)}`}
          className={release.stale ? WARNING_TONE : undefined}
        >
          {release.stale ? staleLabel(release) : releaseLabel(release)}
        </Observed>
      )}
      {djangoDeclared.length > 0 && <DeclaredDjango series={djangoDeclared} />}
      {archived && (
        <Observed note={`on GitHub, observed ${formatObserved(archived.observed)}`} className={WARNING_TONE}>
          Archived
        </Observed>
      )}
      {stars && (
        <Observed note={`${stars.count} GitHub stars, observed ${formatObserved(stars.observed)}`}>
          <span aria-hidden="true">★ {starsLabel(stars.count)}</span>
        </Observed>
      )}
      {brokenLink && (
        <span className={WARNING_TONE}>Link broken (checked {formatObserved(brokenLink.checked)})</span>
      )}
    </div>
  )
}

/** "Django 5.2 · 6.0 · 6.1": the supported series the latest release declares, one click from how that is read. */
function DeclaredDjango({ series }: { series: string[] }) {
  return (
    <SiteLink
      href={permalinks.djangoRule()}
      title="Supported Django series its latest release declares: how this is read"
      className="rounded bg-chip px-1.5 py-0.5 text-ink-soft hover:text-accent hover:underline"
      data-django-declared
    >
      Django {series.join(' · ')}
    </SiteLink>
  )
}

/** "Superseded by …: reason", with a link to the replacement: an entry of the directory or a page elsewhere. */
export function SupersededNotice({ superseded, large = false }: { superseded: Superseded; large?: boolean }) {
  const link = (
    <AnyLink href={superseded.href} className="font-semibold underline">
      {superseded.label}
    </AnyLink>
  )
  return (
    <p
      className={`rounded-md border border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100 ${
        large ? 'mt-4 px-4 py-3 text-base' : 'mt-2 px-3 py-2 text-sm'
      }`}
      data-superseded
    >
      <strong>Superseded</strong> by {link}
      {superseded.reason && <>: {superseded.reason}</>}
    </p>
  )
}
