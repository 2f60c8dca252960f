import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/layout/json-ld'
import { AccessBadge } from '@/components/entry/access-badge'
import { SeriesLink } from '@/components/django/series-link'
import { MediaTypeBadge } from '@/components/entry/media-type-badge'
import { SiteLink } from '@/components/layout/site-link'
import { PageLinks } from '@/components/layout/page-links'
import {
  entriesReplacedBy,
  getEntries,
  getEntry,
  relatedEntries,
  topicsOf,
  type Entry,
} from '@/lib/content/catalog'
import { ACCESS_LABELS } from '@/lib/schema/entry-fields'
import { compareAddHref } from '@/lib/compare/address'
import { mediaTypeLabel, type MediaType } from '@/lib/schema/media-types'
import { jsonLd, pageMetadata } from '@/lib/content/metadata'
import { permalinks } from '@/lib/schema/permalinks'
import { getStoredSignals, signalsOf, supersededOf } from '@/lib/content/signals'
import { SupersededNotice, WARNING_TONE } from '@/components/entry/entry-signals'
import { formatObserved, releaseLabel, sourceName, staleLabel } from '@/lib/signals/card-signals'
import { djangoSupportOf, writtenForOf } from '@/lib/content/django'
import {
  declarationSource,
  declarationSummary,
  latestDeclaration,
  SUPPORT_LABELS,
  type SupportStatus,
} from '@/lib/signals/django-support'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getEntries().map((entry) => ({ slug: entry.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = getEntry((await params).slug)
  if (!entry) return {}
  return pageMetadata({ title: entry.title, description: entryDescription(entry), path: entry.permalink })
}

export default async function EntryPage({ params }: Props) {
  const entry = getEntry((await params).slug)
  if (!entry) notFound()
  const topics = topicsOf(entry)
  const related = relatedEntries(entry)

  const facts: Fact[] = [
    {
      term: 'Media type',
      detail: (
        <SiteLink href={permalinks.type(entry.type)} className="hover:underline">
          {mediaTypeLabel(entry.type)}
        </SiteLink>
      ),
    },
    {
      term: topics.length === 1 ? 'Topic' : 'Topics',
      detail: <PageLinks pages={topics} className="flex flex-wrap gap-2" />,
    },
    { term: 'Host', detail: <span className="font-mono">{entry.host}</span> },
    { term: 'Access', detail: ACCESS_LABELS[entry.access] },
  ]
  if (entry.authors?.length) {
    facts.push({ term: entry.authors.length === 1 ? 'Author' : 'Authors', detail: entry.authors.join(', ') })
  }
  if (entry.published)
    facts.push({ term: 'Published', detail: <time dateTime={entry.published}>{entry.published}</time> })
  if (entry.duration) facts.push({ term: 'Duration', detail: entry.duration })
  if (entry.repository) {
    facts.push({
      term: 'Source code',
      detail: (
        <a href={entry.repository} className="text-accent hover:underline">
          {entry.repository}
        </a>
      ),
    })
  }
  facts.push({
    term: 'Added',
    detail: <time dateTime={entry.added}>{entry.added}</time>,
  })
  // What a package declares about Django follows its latest release, which it is read from.
  const signals = signalFacts(entry)
  signals.splice(signals.findIndex((fact) => fact.term === 'Latest release') + 1, 0, ...djangoFacts(entry))
  facts.push(...signals)
  const replaced = entriesReplacedBy(entry)
  if (replaced.length > 0)
    facts.push({
      term: 'Replaces',
      detail: <PageLinks pages={replaced} className="flex flex-col gap-1" data-replaces />,
    })
  const superseded = supersededOf(entry)

  return (
    <>
      <JsonLd
        json={jsonLd({
          '@type': SCHEMA_TYPES[entry.type],
          name: entry.title,
          url: entry.url,
          description: entryDescription(entry),
          ...(entry.authors?.length
            ? { author: entry.authors.map((name) => ({ '@type': 'Person', name })) }
            : {}),
          ...(entry.published ? { datePublished: entry.published } : {}),
          about: topics.map((topic) => topic.title),
        })}
      />
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <SiteLink href={permalinks.home()} className="hover:underline">
          All entries
        </SiteLink>{' '}
        / <span aria-current="page">{entry.title}</span>
      </nav>
      <article className="max-w-3xl">
        <div className="flex flex-wrap items-center gap-2">
          <MediaTypeBadge type={entry.type} />
          {entry.access === 'paid' && <AccessBadge />}
        </div>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{entry.title}</h1>
        {superseded && <SupersededNotice superseded={superseded} large />}
        {entry.html ? (
          <div
            className="prose-intro mt-4 text-lg leading-relaxed text-ink-soft"
            // Entry bodies are sanitised with rehype-sanitize when the content build renders them.
            dangerouslySetInnerHTML={{ __html: entry.html }}
          />
        ) : (
          <p className="mt-4 text-muted">No description yet.</p>
        )}
        <p className="mt-6 flex flex-wrap items-center gap-4">
          <a
            href={entry.url}
            className="inline-flex items-center gap-2 rounded-md bg-accent-solid px-4 py-2 font-medium text-white hover:bg-accent-solid-hover"
          >
            Open on {entry.host} <span aria-hidden="true">↗</span>
          </a>
          {/* A link, not a toggle: an entry page carries no script (tools/site/prune-export.mjs). */}
          <SiteLink
            href={compareAddHref(entry.slug)}
            aria-label={`Compare ${entry.title}`}
            className="compare-toggle py-1.5 text-sm"
          >
            <span aria-hidden="true">+</span>
            Compare
          </SiteLink>
        </p>
        <dl className="mt-8 grid grid-cols-[8rem_1fr] gap-x-4 gap-y-3 border-t border-line pt-6 text-sm">
          {facts.map((fact) => (
            <div key={fact.term} className="contents">
              <dt className="font-medium text-muted">{fact.term}</dt>
              <dd className="text-ink">{fact.detail}</dd>
            </div>
          ))}
        </dl>
        {entry.sources && entry.sources.length > 0 && (
          <section aria-labelledby="sources" className="mt-8 border-t border-line pt-6 text-sm" data-sources>
            <h2 id="sources" className="text-base font-semibold">
              Sources
            </h2>
            <p className="mt-1 text-muted">
              {entry.verified ? (
                <>
                  Every fact above was checked against these on{' '}
                  <time dateTime={entry.verified}>{formatObserved(entry.verified)}</time>:
                </>
              ) : (
                'Every fact above was checked against these:'
              )}
            </p>
            <ul className="mt-2 grid gap-1">
              {entry.sources.map((source) => (
                <li key={source} className="break-all">
                  <a href={source} className="text-accent hover:underline">
                    {source}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related" className="mt-12 max-w-3xl">
          <h2 id="related" className="mb-4 text-xl font-semibold">
            Related entries
          </h2>
          <ul className="grid gap-3">
            {related.map((other) => (
              <li key={other.slug} data-entry={other.slug}>
                <SiteLink href={other.permalink} className="font-medium text-accent hover:underline">
                  {other.title}
                </SiteLink>
                <span className="block text-sm text-muted">
                  {mediaTypeLabel(other.type)} · <span className="font-mono">{other.host}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

type Fact = { term: string; detail: React.ReactNode }

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
function signalFacts(entry: Entry): Fact[] {
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
function djangoFacts(entry: Entry): Fact[] {
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

const SCHEMA_TYPES: Record<MediaType, string> = {
  repository: 'SoftwareSourceCode',
  article: 'Article',
  audio: 'AudioObject',
  video: 'VideoObject',
  book: 'Book',
}

function entryDescription(entry: Entry) {
  return entry.description || `${mediaTypeLabel(entry.type)} on ${entry.host}`
}
