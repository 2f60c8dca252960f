import 'server-only'

import { getEntries, topicsOf } from './catalog'
import { permalinks } from '../schema/permalinks'
import { absoluteUrl } from '../site'

/** Every entry with its fields and permalink, for people who want to reuse the data (/entries.json). */
export function entriesExport() {
  return {
    generated_from: absoluteUrl(permalinks.home()),
    count: getEntries().length,
    entries: getEntries().map((entry) => ({
      slug: entry.slug,
      title: entry.title,
      url: entry.url,
      type: entry.type,
      access: entry.access,
      topics: topicsOf(entry).map((topic) => ({ slug: topic.slug, title: topic.title })),
      host: entry.host,
      description: entry.description,
      authors: entry.authors ?? [],
      published: entry.published ?? null,
      duration: entry.duration ?? null,
      repository: entry.repository ?? null,
      added: entry.added,
      permalink: absoluteUrl(entry.permalink),
    })),
  }
}
