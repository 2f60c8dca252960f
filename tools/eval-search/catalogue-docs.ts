import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { mediaTypeLabel } from '../../lib/schema/media-types'
import { searchConceptsSchema, type Concept } from '../../lib/schema/search-concepts'
import { hostOf, permalinks } from '../../lib/schema/permalinks'
import { markdownToPlainText } from '../../lib/schema/plain-text'
import { readContent } from '../content/content-files'
import { formatProblem } from '../content/content-rules'
import { WITHOUT_SIGNALS, type SearchDoc } from '../../lib/search/search-doc'

/**
 * Node-only: the search documents of a content folder, built straight from its files the way
 * lib/content/search-data.ts builds them from the content build's output, so the evaluation needs no content build.
 */
export function readCatalogueDocs(contentDir = 'content'): SearchDoc[] {
  const { entries, topics, problems } = readContent(contentDir)
  if (problems[0]) {
    const first = formatProblem(problems[0])
    throw new Error(`${problems.length} problem(s) in ${contentDir}/ (see npm run validate), first ${first}`)
  }
  const topicTitles = new Map(topics.map((topic) => [topic.slug, topic.title] as const))
  return entries.map((entry) => ({
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
    added: entry.added,
    published: entry.published ?? null,
    keywords: entry.keywords ?? [],
    access: entry.access,
    // Search reads no signals (nor the Django marks made from them): the evaluation leaves them out.
    ...WITHOUT_SIGNALS,
  }))
}

/** The content folder's concept table (content/search-concepts.json), or none. */
export function readConcepts(contentDir = 'content'): Concept[] {
  const file = join(contentDir, 'search-concepts.json')
  return existsSync(file) ? searchConceptsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).concepts : []
}
