import type { Metadata } from 'next'
import { SiteLink } from '@/components/layout/site-link'
import { notFound } from 'next/navigation'

import { DjangoRule } from '@/components/django/django-rule'
import { SeriesLink } from '@/components/django/series-link'
import { getSupportedSeries, packagesBySupport, seriesLabel, supportedDjango } from '@/lib/content/django'
import { getStoredSignals } from '@/lib/content/signals'
import { pageMetadata } from '@/lib/content/metadata'
import { permalinks } from '@/lib/schema/permalinks'
import { formatObserved } from '@/lib/signals/card-signals'
import { supportBasis, type SupportStatus } from '@/lib/signals/django-support'
import { formatMonth } from '@/lib/signals/freshness'

type Props = { params: Promise<{ series: string }> }

export const dynamicParams = false

/** /django/<series>/ for every series Django supports on the day of the build. */
export function generateStaticParams() {
  return supportedDjango().map(({ series }) => ({ series }))
}

async function resolve(params: Props['params']) {
  const release = getSupportedSeries((await params).series)
  return release ? { release, groups: packagesBySupport(release.series) } : null
}

const STATUSES: readonly SupportStatus[] = ['declared', 'not-declared', 'unknown']

const HEADINGS: Record<SupportStatus, (series: string) => string> = {
  declared: (series) => `Declared for ${series}`,
  'not-declared': (series) => `Not declared for ${series}`,
  unknown: () => 'Unknown',
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await resolve(params)
  if (!found) return {}
  const { release, groups } = found
  return pageMetadata({
    title: `Packages for Django ${release.series}`,
    description: `Which of the directory's packages declare Django ${release.series} in their latest release: ${groups.declared.length} declared, ${groups['not-declared'].length} not declared, ${groups.unknown.length} unknown.`,
    path: permalinks.djangoSeries(release.series),
  })
}

export default async function DjangoSeriesPage({ params }: Props) {
  const found = await resolve(params)
  if (!found) notFound()
  const { release, groups } = found
  const total = STATUSES.reduce((sum, status) => sum + groups[status].length, 0)
  const others = supportedDjango().filter((other) => other.series !== release.series)
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <SiteLink href={permalinks.djangoRule()} className="hover:underline">
          Django support
        </SiteLink>{' '}
        / <span aria-current="page">{seriesLabel(release)}</span>
      </nav>
      <div className="grid max-w-3xl gap-3">
        <h1 className="text-3xl font-bold tracking-tight">Packages for Django {release.series}</h1>
        <p className="text-lg leading-relaxed text-ink-soft" data-testid="series-summary">
          {seriesLabel(release)} came out on {formatObserved(release.released)} and has security fixes until{' '}
          {formatMonth(release.extendedEnds)}. Of the directory’s {total} packages, {groups.declared.length}{' '}
          declare it in their latest release, {groups['not-declared'].length} do not, and for{' '}
          {groups.unknown.length} it is unknown.
        </p>
        {others.length > 0 && (
          <p className="text-sm text-ink-soft">
            Other supported series:{' '}
            {others.map((other, index) => (
              <span key={other.series}>
                {index > 0 && ' · '}
                <SeriesLink series={other.series}>{seriesLabel(other)}</SeriesLink>
              </span>
            ))}
          </p>
        )}
      </div>

      <section aria-labelledby="rule" className="mt-8 max-w-3xl">
        <h2 id="rule" className="mb-3 text-xl font-semibold">
          How this is read
        </h2>
        <DjangoRule />
      </section>

      {STATUSES.map((status) => (
        <section
          key={status}
          aria-labelledby={`status-${status}`}
          className="mt-10 max-w-3xl"
          data-status={status}
        >
          <h2 id={`status-${status}`} className="text-xl font-semibold">
            {HEADINGS[status](release.series)}{' '}
            <span className="text-base font-normal text-muted" data-testid="status-count">
              {groups[status].length} {groups[status].length === 1 ? 'package' : 'packages'}
            </span>
          </h2>
          {groups[status].length > 0 ? (
            <ul className="mt-3 grid gap-2 text-sm">
              {groups[status].map((entry) => (
                <li key={entry.slug} data-entry={entry.slug}>
                  <SiteLink href={entry.permalink} className="font-medium text-accent hover:underline">
                    {entry.title}
                  </SiteLink>
                  <span className="text-muted">
                    {' '}
                    · {supportBasis(release.series, getStoredSignals(entry.slug))}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-muted">No package in this group.</p>
          )}
        </section>
      ))}
    </>
  )
}
