import type { MetadataRoute } from 'next'

import { getEntries, getListedTopics, getListedTypes } from '@/lib/content/catalog'
import { topicsWithComparison } from '@/lib/content/compare-data'
import { permalinks } from '@/lib/schema/permalinks'
import { absoluteUrl } from '@/lib/site'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  const entries = getEntries()
  const newest = entries.reduce((latest, entry) => (entry.added > latest ? entry.added : latest), '')
  const page = (path: string, lastModified = newest) => ({ url: absoluteUrl(path), lastModified })
  return [
    page(permalinks.home()),
    page(permalinks.topics()),
    ...getListedTopics().map((topic) => page(topic.permalink)),
    ...topicsWithComparison().map((topic) => page(permalinks.topicComparison(topic.slug))),
    page(permalinks.compare()),
    page(permalinks.types()),
    ...getListedTypes().map((type) => page(permalinks.type(type))),
    ...entries.map((entry) => page(entry.permalink, entry.added)),
    page(permalinks.about()),
  ]
}
