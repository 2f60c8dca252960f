/**
 * What the renderer and the parser share: one markdown reading, and the marks an item may carry besides
 * its link and description, so that an export imports back unchanged:
 *
 *   - (PAID) [Title](https://…) - Description. Also in: Caching, Search.
 *
 * "(PAID)" is how upstream marks a paid resource (any case, before or after the link). "Also in" names
 * the entry's other topics in plain text: links there would repeat the table of contents' anchors.
 */
import type { Nodes } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

export const PAID_MARK = '(PAID)'
export const ALSO_IN_LABEL = 'Also in:'

/** Drops the ": " or " - " that separates an item's link from its description (text already trimmed). */
function stripSeparator(text: string): string {
  return text.replace(/^[:\-–—,]/, '').trim()
}

/** The text after an item's link, without separator and "(PAID)" mark, and whether it had the mark. */
export function readPaidMark(afterLink: string): { paid: boolean; rest: string } {
  let rest = afterLink.trim()
  let paid = false
  const take = (pattern: RegExp) => {
    const next = rest.replace(pattern, '').trim()
    if (next !== rest) paid = true
    rest = next
  }
  take(/^\(paid\)/i)
  rest = stripSeparator(rest)
  take(/^\(paid\)/i)
  rest = stripSeparator(rest)
  take(/\(paid\)$/i)
  return { paid, rest }
}

/** Splits our "Also in: A, B." ending off a description. */
export function readAlsoIn(description: string): { topics: string[]; rest: string } {
  const match = /(?:^|\s)Also in: (.+)\.$/.exec(description)
  if (!match) return { topics: [], rest: description }
  const topics = match[1]!.split(', ').map((title) => title.replace(/\\(.)/g, '$1').trim())
  return { topics, rest: description.slice(0, match.index).trim() }
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** `node` and every node inside it, in document order. */
export function nodesOf(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap(nodesOf) : [])]
}

/** Markdown as GitHub reads it: the one parser of both the importer and the exporter. */
export function parseMarkdown(markdown: string) {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown)
}
