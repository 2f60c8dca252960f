import { hostOf, permalinks } from '../../lib/schema/permalinks'
import { markdownToPlainText } from '../../lib/schema/plain-text'
import { readContent } from '../content/content-files'
import { formatProblem } from '../content/content-rules'
import { searchDocOf, type SearchDoc } from '../../lib/search/search-doc'

/**
 * Node-only: the search documents of a content folder, built straight from its files the way
 * lib/content/search-data.ts builds them from the content build's output, so the evaluation needs no
 * content build. Search reads no signals (nor the Django marks made from them): the documents carry none.
 */
export function readCatalogueDocs(contentDir = 'content'): SearchDoc[] {
  const { entries, topics, problems } = readContent(contentDir)
  if (problems[0]) {
    const first = formatProblem(problems[0])
    throw new Error(`${problems.length} problem(s) in ${contentDir}/ (see npm run validate), first ${first}`)
  }
  const topicTitles = new Map(topics.map((topic) => [topic.slug, topic.title] as const))
  return entries.map((entry) =>
    searchDocOf(
      {
        ...entry,
        permalink: permalinks.entry(entry.slug),
        description: markdownToPlainText(entry.body),
        host: hostOf(entry.url),
      },
      entry.topics.flatMap((slug) => topicTitles.get(slug) ?? []),
    ),
  )
}
