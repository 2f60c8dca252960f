import type { Metadata } from 'next'

import { DjangoRule } from '@/components/django/django-rule'
import { SeriesLink } from '@/components/django/series-link'
import { seriesLabel, supportedDjango } from '@/lib/content/django'
import { pageMetadata } from '@/lib/content/metadata'
import { permalinks } from '@/lib/schema/permalinks'
import {
  ACTIVE_WITHIN_MONTHS,
  formatMonth,
  QUIET_WITHIN_MONTHS,
  STALE_RELEASE_AFTER_MONTHS,
} from '@/lib/signals/freshness'

export const metadata: Metadata = pageMetadata({
  title: 'About the figures',
  description:
    'What the maintenance classes, release dates, Django support, stars and link checks on the directory mean, where they come from and how they are refreshed.',
  path: permalinks.about(),
})

export default function AboutPage() {
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">About the figures</h1>
      <p className="mt-4 text-lg leading-relaxed text-ink-soft">
        Packages change without anyone editing their entry here. Beside each one the directory shows what it
        last observed about it, and when.
      </p>

      <section aria-labelledby="signals" className="mt-8">
        <h2 id="signals" className="text-xl font-semibold">
          Maintenance
        </h2>
        <dl className="mt-4 grid grid-cols-[7rem_1fr] gap-x-4 gap-y-3 text-sm">
          <dt className="font-medium">Active</dt>
          <dd>
            A release on PyPI or a push to the repository within the last {ACTIVE_WITHIN_MONTHS} months.
          </dd>
          <dt className="font-medium">Quiet</dt>
          <dd>
            The latest release or push is {ACTIVE_WITHIN_MONTHS}–{QUIET_WITHIN_MONTHS} months old.
          </dd>
          <dt className="font-medium">Dormant</dt>
          <dd>Nothing for more than {QUIET_WITHIN_MONTHS} months, or the repository is archived.</dd>
        </dl>
        <p className="mt-4 text-sm text-ink-soft">
          Past {STALE_RELEASE_AFTER_MONTHS} months without a release an entry says so in a warning tone (“No
          release since Aug 2017”). An entry about which nothing is known has no class and shows no figures. A
          curated note says when a package has been superseded, and by what.
        </p>
      </section>

      <section aria-labelledby="django" className="mt-8">
        <h2 id="django" className="text-xl font-semibold">
          Django support
        </h2>
        <p className="mt-4 text-sm text-ink-soft">
          “Django 5.2 · 6.0” on a package says which of the Django series supported today its latest release
          declares, in the classifiers and the requirement on Django it publishes. It is what the authors
          declare, not a test the directory ran. For each supported series:
        </p>
        <div className="mt-4">
          <DjangoRule />
        </div>
        <ul className="mt-4 list-disc space-y-1 pl-5 text-sm text-ink-soft" data-testid="django-series-links">
          {supportedDjango().map((release) => (
            <li key={release.series}>
              <SeriesLink series={release.series}>Packages for {seriesLabel(release)}</SeriesLink> (security
              fixes until {formatMonth(release.extendedEnds)})
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-ink-soft">
          The supported series and their end of support come from the Django project’s published table; a
          series drops out when its security fixes end. An article or talk whose address or title names a
          Django version says “written for Django 5.0”.
        </p>
      </section>

      <section aria-labelledby="sources" className="mt-8">
        <h2 id="sources" className="text-xl font-semibold">
          Where the figures come from
        </h2>
        <ul className="mt-4 list-disc space-y-2 pl-5 text-sm text-ink-soft">
          <li>
            <strong>Latest release</strong> (version and month): PyPI, for entries whose link is a PyPI page
            or that name their package. The first figures come from a dated snapshot of the package index.
          </li>
          <li>
            <strong>Django series declared</strong>: the classifiers and requirement of the latest release,
            from PyPI, or first from the package’s metadata file at the release’s tag in its repository.
          </li>
          <li>
            <strong>Stars, archived, last push</strong>: the GitHub repository of the entry.
          </li>
          <li>
            <strong>Link broken</strong>: the last link check, with the day it ran.
          </li>
        </ul>
        <p className="mt-4 text-sm text-ink-soft">
          Every figure carries the month or day it was observed: hover over it, or read it on the entry’s
          page.
        </p>
      </section>

      <section aria-labelledby="refresh" className="mt-8">
        <h2 id="refresh" className="text-xl font-semibold">
          How they are refreshed
        </h2>
        <p className="mt-4 text-sm text-ink-soft">
          Once a week a job asks PyPI and GitHub about every entry and checks every link, then proposes the
          changes as a pull request; the site is rebuilt when it is merged. When a source does not answer, the
          figures already known stay, with their old date. Maintenance classes are worked out when the site is
          built.
        </p>
      </section>
    </article>
  )
}
