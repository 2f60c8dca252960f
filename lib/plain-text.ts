import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** The readable text of a markdown fragment, for search and meta descriptions. */
export function markdownToPlainText(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown)
  return toString(tree).replace(/\s+/g, ' ').trim()
}
