import type { SearchDoc } from '@/lib/search/search-doc'

import { SiteLink } from '../layout/site-link'
import { EntryList } from './entry-list'

export type EntryGroup = {
  slug: string
  title: string
  permalink: string
  summary: string
  /** all the topic's entries, of which `entries` may be the first few */
  total: number
  entries: SearchDoc[]
}

/** The full list, one section per topic: what a visitor sees before searching, and without JavaScript. */
export function GroupedEntries({ groups }: { groups: EntryGroup[] }) {
  return (
    <div className="grid gap-10">
      {groups.map((group) => (
        <section key={group.slug} aria-labelledby={`group-${group.slug}`}>
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`group-${group.slug}`} className="text-xl font-semibold tracking-tight">
              <SiteLink href={group.permalink} className="hover:text-accent">
                {group.title}
              </SiteLink>
            </h2>
            <span className="text-sm text-muted">
              {group.total} {group.total === 1 ? 'entry' : 'entries'}
            </span>
          </div>
          <p className="mb-4 text-sm text-muted">{group.summary}</p>
          <EntryList entries={group.entries} />
          {group.total > group.entries.length && (
            <p className="mt-3">
              <SiteLink href={group.permalink} className="text-sm font-medium text-accent hover:underline">
                See all {group.total} entries on {group.title} →
              </SiteLink>
            </p>
          )}
        </section>
      ))}
    </div>
  )
}
