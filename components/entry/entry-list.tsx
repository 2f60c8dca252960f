import type { SearchDoc } from '@/lib/search/search-doc'

import { EntryCard } from './entry-card'

export function EntryList({ entries, headingLevel }: { entries: SearchDoc[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ul className="grid gap-4">
      {entries.map((entry) => (
        <li key={entry.slug}>
          <EntryCard entry={entry} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
