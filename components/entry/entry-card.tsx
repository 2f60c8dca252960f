import type { Ref } from 'react'

import type { MatchRanges, SearchDoc } from '@/lib/search/search-doc'
import { permalinks } from '@/lib/schema/permalinks'

import { CompareToggle } from '../compare/compare-toggle'
import { Highlighted } from '../search/highlighted'
import { SiteLink } from '../layout/site-link'
import { AccessBadge } from './access-badge'
import { SignalBadges, SupersededNotice } from './entry-signals'
import { MediaTypeBadge } from './media-type-badge'

type Props = {
  entry: SearchDoc
  matches?: MatchRanges
  headingLevel?: 'h2' | 'h3'
  linkRef?: Ref<HTMLAnchorElement>
}

/** One resource at a glance: what it is, where it lives, who made it, and what it covers. */
export function EntryCard({ entry, matches, headingLevel: Heading = 'h3', linkRef }: Props) {
  const year = entry.published?.slice(0, 4)
  return (
    <article className="rounded-lg border border-line bg-card p-4 shadow-sm" data-entry={entry.slug}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
        <MediaTypeBadge type={entry.type} />
        {entry.access === 'paid' && <AccessBadge />}
        <span className="font-mono">{entry.host}</span>
        {entry.authors.length > 0 && (
          <span>
            · <Highlighted text={entry.authors.join(', ')} ranges={matches?.authors} />
          </span>
        )}
        {year && <span>· {year}</span>}
        {entry.writtenForDjango && (
          <span data-written-for>· written for Django {entry.writtenForDjango}</span>
        )}
      </div>
      <Heading className="mt-2 text-base leading-snug font-semibold">
        <a
          ref={linkRef}
          href={entry.url}
          className="text-ink hover:text-accent hover:underline"
          data-result-link
        >
          <Highlighted text={entry.title} ranges={matches?.title} />
        </a>
      </Heading>
      {entry.description && (
        <p className="mt-1 text-sm leading-relaxed text-ink-soft">
          <Highlighted text={entry.description} ranges={matches?.description} />
        </p>
      )}
      {entry.superseded && <SupersededNotice superseded={entry.superseded} />}
      {entry.signals && <SignalBadges signals={entry.signals} djangoDeclared={entry.djangoDeclared} />}
      <div className="mt-3 flex flex-wrap items-center gap-2 text-xs">
        {entry.topics.map((slug, index) => (
          <SiteLink
            key={slug}
            href={permalinks.topic(slug)}
            className="rounded bg-chip px-2 py-0.5 text-ink-soft hover:bg-accent-soft hover:text-accent"
          >
            {entry.topicTitles[index] ?? slug}
          </SiteLink>
        ))}
        <CompareToggle slug={entry.slug} title={entry.title} className="ml-auto" />
        <SiteLink
          href={entry.permalink}
          className="ml-1 font-medium text-accent hover:underline"
          aria-label={`Details: ${entry.title}`}
        >
          Details →
        </SiteLink>
      </div>
    </article>
  )
}
