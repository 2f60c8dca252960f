import { mediaTypeLabel } from '@/lib/schema/media-types'
import type { SearchDoc } from '@/lib/search/search-doc'

import { SiteLink } from '../layout/site-link'

/** Entries sharing a topic with the one on the page: a link to each, with what and where it is. */
export function RelatedEntries({ entries }: { entries: SearchDoc[] }) {
  return (
    <ul className="grid gap-3">
      {entries.map((entry) => (
        <li key={entry.slug} data-entry={entry.slug}>
          <SiteLink href={entry.permalink} className="font-medium text-accent hover:underline">
            {entry.title}
          </SiteLink>
          <span className="block text-sm text-muted">
            {mediaTypeLabel(entry.type)} · <span className="font-mono">{entry.host}</span>
          </span>
        </li>
      ))}
    </ul>
  )
}
