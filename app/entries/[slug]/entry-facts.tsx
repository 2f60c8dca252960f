import { PageLinks } from '@/components/layout/page-links'
import { SiteLink } from '@/components/layout/site-link'
import { entriesReplacedBy, type Entry, type Topic } from '@/lib/content/catalog'
import { ACCESS_LABELS } from '@/lib/schema/entry-fields'
import { mediaTypeLabel } from '@/lib/schema/media-types'
import { permalinks } from '@/lib/schema/permalinks'
import { djangoFacts, signalFacts, type Fact } from './signal-facts'

/** The facts an entry page lists: what the entry is, where it lives, its signals and what it replaces. */
export function entryFacts(entry: Entry, topics: readonly Topic[]): Fact[] {
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
  return facts
}
