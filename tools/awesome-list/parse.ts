import type { RootContent, Table } from 'mdast'

import { plainText, readList, skip, type ItemContext, type ListedItem, type NotAnEntry } from './list-item'
import { nodesOf, parseMarkdown } from './format'

/** A heading of an awesome list (the list's own # title excepted). */
type ListHeading = {
  text: string
  depth: number
  line: number
  /** Index in `headings` of the heading this one sits under, or null at the top. */
  parent: number | null
  /** The heading holds a table of contents and no entries; it is nobody's parent. */
  isContents: boolean
  /** Plain text of the paragraph right below the heading, when there is one. */
  paragraph: string | null
}

export type ParsedList = {
  /** The text of the list's # heading. */
  title: string | null
  /** What the list says of itself: the quote or paragraph right below its # heading. */
  summary: string | null
  headings: ListHeading[]
  items: ListedItem[]
  skipped: NotAnEntry[]
}

/**
 * Reads an awesome-list README into its heading tree and items. Bullet lists are read, nested ones
 * included; a table of contents is known by its links to the list's own sections. Tables and HTML blocks
 * that hold links are reported as not read; paragraphs, quotes and images are not entries.
 */
export function parseAwesomeList(markdown: string): ParsedList {
  const tree = parseMarkdown(markdown)
  const list: ParsedList = { title: null, summary: null, headings: [], items: [], skipped: [] }
  const definitions = new Map<string, string>()
  for (const node of nodesOf(tree)) {
    // mdast identifiers are already normalised labels; the first definition of a label wins.
    if (node.type === 'definition' && !definitions.has(node.identifier))
      definitions.set(node.identifier, node.url)
  }
  const stack: number[] = []
  const holdsContents = new Set<number>()
  let previous: RootContent | null = null

  const context = (): ItemContext => ({
    source: markdown,
    definitions,
    heading: stack.at(-1) ?? null,
    items: list.items,
    skipped: list.skipped,
  })
  const closeContents = () => {
    const top = stack.at(-1)
    // Every item read while `top` led the stack carries it as its heading.
    if (top !== undefined && holdsContents.has(top) && !list.items.some((item) => item.heading === top)) {
      list.headings[top]!.isContents = true
      stack.pop()
    }
  }

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1 && list.title === null && list.headings.length === 0) {
      list.title = plainText(node)
    } else if (node.type === 'heading') {
      closeContents()
      while (stack.length > 0 && list.headings[stack.at(-1)!]!.depth >= node.depth) stack.pop()
      list.headings.push({
        text: plainText(node),
        depth: node.depth,
        line: node.position?.start.line ?? 0,
        parent: stack.at(-1) ?? null,
        isContents: false,
        paragraph: null,
      })
      stack.push(list.headings.length - 1)
    } else if (
      (node.type === 'blockquote' || node.type === 'paragraph') &&
      previous?.type === 'heading' &&
      list.title !== null &&
      list.headings.length === 0 &&
      list.summary === null
    ) {
      list.summary = plainText(node) || null
    } else if (node.type === 'paragraph' && previous?.type === 'heading' && stack.length > 0) {
      const heading = list.headings[stack.at(-1)!]!
      const text = plainText(node)
      if (text && !/^TODO\b/i.test(text)) heading.paragraph = text
    } else if (node.type === 'list') {
      const top = stack.at(-1)
      if (readList(node, context()) && top !== undefined) holdsContents.add(top)
    } else if (node.type === 'table') {
      for (const row of rowsWithLinks(node)) skip(row, 'a table row: tables are not read', context())
    } else if (node.type === 'html') {
      const links = node.value.match(/<a\s[^>]*href=/gi)?.length ?? 0
      if (links > 0) skip(node, `HTML, not read: ${links} link${links === 1 ? '' : 's'}`, context())
    }
    previous = node
  }
  closeContents()
  return list
}

function rowsWithLinks(table: Table): RootContent[] {
  return table.children.filter((row) =>
    nodesOf(row).some((node) => node.type === 'link' || node.type === 'linkReference'),
  )
}
