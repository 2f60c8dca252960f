import { toString } from 'hast-util-to-string'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

import { SANITIZE_SCHEMA } from './markdown'

const toSanitizedTree = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, SANITIZE_SCHEMA)

/**
 * The readable text of a markdown fragment, for search and meta descriptions: the text of the same
 * sanitised tree the page shows, so raw markup or a would-be script never reads as words.
 */
export function markdownToPlainText(markdown: string): string {
  const tree = toSanitizedTree.runSync(toSanitizedTree.parse(markdown))
  return toString(tree).replace(/\s+/g, ' ').trim()
}
