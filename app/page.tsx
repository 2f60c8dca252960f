import { DirectorySearch } from '@/components/directory-search'
import { GroupedEntries } from '@/components/grouped-entries'
import { entriesOfTopic, getEntries, getListedTopics } from '@/lib/catalog'
import { searchIslandProps } from '@/lib/page-data'
import { toSearchDoc } from '@/lib/search-docs'
import { site } from '@/lib/site'

export default function HomePage() {
  const entries = getEntries()
  const topics = getListedTopics()
  const groups = topics.map((topic) => ({
    id: topic.slug,
    title: topic.title,
    href: topic.permalink,
    summary: topic.summary,
    entries: entriesOfTopic(topic.slug).map(toSearchDoc),
  }))

  return (
    <>
      <div className="mb-8 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{site.name}</h1>
        <p className="mt-3 text-lg text-stone-700">{site.description}</p>
        <p className="mt-2 text-sm text-stone-600">
          {entries.length} entries in {topics.length} topics.
        </p>
      </div>
      <DirectorySearch {...searchIslandProps(entries)} scopeLabel={`all ${entries.length} entries`}>
        <GroupedEntries groups={groups} />
      </DirectorySearch>
    </>
  )
}
