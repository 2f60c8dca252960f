import type { SearchDoc } from '@/lib/search/search-doc'

import { SiteLink } from '../layout/site-link'
import { MediaTypeBadge } from './media-type-badge'

type RecentEntry = Pick<SearchDoc, 'slug' | 'title' | 'permalink' | 'type' | 'added'>

/** The newest additions, newest first as given. */
export function RecentlyAdded({ entries }: { entries: readonly RecentEntry[] }) {
  return (
    <section aria-labelledby="recently-added" className="mb-10">
      <h2 id="recently-added" className="mb-3 text-xl font-semibold tracking-tight">
        Recently added
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {entries.map((entry) => (
          <li key={entry.slug} className="rounded-lg border border-line bg-card p-3 shadow-sm">
            <div className="flex items-center justify-between gap-2 text-xs text-muted">
              <MediaTypeBadge type={entry.type} />
              <time dateTime={entry.added}>{entry.added}</time>
            </div>
            <SiteLink
              href={entry.permalink}
              className="mt-2 block text-sm font-medium text-ink hover:text-accent hover:underline"
            >
              {entry.title}
            </SiteLink>
          </li>
        ))}
      </ul>
    </section>
  )
}
