import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/layout/json-ld'
import { AccessBadge } from '@/components/entry/access-badge'
import { MediaTypeBadge } from '@/components/entry/media-type-badge'
import { SiteLink } from '@/components/layout/site-link'
import { getEntries, getEntry, relatedEntries, topicsOf, type Entry } from '@/lib/content/catalog'
import { compareAddHref } from '@/lib/compare/address'
import { mediaTypeLabel, type MediaType } from '@/lib/schema/media-types'
import { jsonLd, pageMetadata } from '@/lib/content/metadata'
import { permalinks } from '@/lib/schema/permalinks'
import { supersededOf } from '@/lib/content/signals'
import { SupersededNotice } from '@/components/entry/entry-signals'
import { formatObserved } from '@/lib/signals/card-signals'
import { entryFacts } from './entry-facts'

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

  const facts = entryFacts(entry, topics)
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
