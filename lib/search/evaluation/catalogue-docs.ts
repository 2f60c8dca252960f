import { readContentFiles } from '../../content-files'
import { parseFrontmatter } from '../../content-rules'
import { readEntryRecord, readTopicRecord } from '../../content-records'
import { mediaTypeLabel } from '../../media-types'
import { hostOf } from '../../permalinks'
import { markdownToPlainText } from '../../plain-text'
import { permalinks } from '../../permalinks'
import type { SearchDoc } from '../../search'

/**
 * Node-only: the search documents of a content folder, built straight from its files the way
 * lib/search-docs.ts builds them from contentlayer's output, so the evaluation needs no content build.
 * `keywords` rides along for engines that read it.
 */
export type CatalogueDoc = SearchDoc & { keywords: string[] }

export function readCatalogueDocs(contentDir = 'content'): CatalogueDoc[] {
  const files = readContentFiles(contentDir)
  const topicTitles = new Map(
    files.topics.map(readTopicRecord).map((topic) => [topic.slug, topic.title] as const),
  )
  return files.entries.map((file) => {
    const entry = readEntryRecord(file)
    return {
      slug: entry.slug,
      title: entry.title,
      url: entry.url,
      permalink: permalinks.entry(entry.slug),
      description: markdownToPlainText(entry.body),
      authors: entry.authors ?? [],
      topics: entry.topics,
      topicTitles: entry.topics.flatMap((slug) => topicTitles.get(slug) ?? []),
      type: entry.type,
      typeLabel: mediaTypeLabel(entry.type),
      host: hostOf(entry.url),
      added: entry.added.slice(0, 10),
      published: entry.published ?? null,
      keywords: keywordsOf(file.bytes),
    }
  })
}

function keywordsOf(bytes: Uint8Array | string): string[] {
  const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes)
  const value: unknown = (parseFrontmatter(text).data as Record<string, unknown>).keywords
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}
