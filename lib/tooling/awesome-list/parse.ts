import type { Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

import type { MediaType } from '../../media-types'
import { ALSO_LABEL, readTypeMarker } from './format'

/** One resource of an awesome list: a list item that starts with a link. */
export type ListedItem = {
  title: string
  url: string
  /** Markdown: the text after the link, then any nested bullets. Empty when the item has none. */
  description: string
  /** Set when the item carries our exported "*(video)*" marker. */
  type: MediaType | null
  /** Titles of further topics named by our exported "— also:" links. */
  alsoTopics: string[]
  line: number
}

export type NotAnEntry = { text: string; reason: string; line: number }

export type ListSection = {
  heading: string
  /** This heading and the headings it sits under, innermost first (the list's # title excluded). */
  headingPath: string[]
  isContents: boolean
  items: ListedItem[]
  skipped: NotAnEntry[]
}

const CONTENTS_HEADINGS = new Set(['contents', 'table of contents', 'toc'])

/**
 * Reads an awesome-list README into its sections and items. Only top-level bullet lists count:
 * headings, paragraphs (e.g. "TODO" lines), HTML blocks, images and quotes are not entries.
 */
export function parseAwesomeList(markdown: string): ListSection[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
  const sections: ListSection[] = []
  const headingStack: { depth: number; text: string }[] = []
  let current: ListSection | null = null

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = collapse(toString(node))
      if (node.depth === 1) {
        headingStack.length = 0
        current = null
        continue
      }
      while (headingStack.length > 0 && headingStack[headingStack.length - 1]!.depth >= node.depth) {
        headingStack.pop()
      }
      headingStack.push({ depth: node.depth, text })
      current = {
        heading: text,
        headingPath: headingStack.map((heading) => heading.text).toReversed(),
        isContents: CONTENTS_HEADINGS.has(text.toLowerCase()),
        items: [],
        skipped: [],
      }
      sections.push(current)
    } else if (node.type === 'list') {
      if (!current) {
        current = { heading: '', headingPath: [], isContents: false, items: [], skipped: [] }
        sections.push(current)
      }
      for (const item of node.children) readItem(item, current, markdown)
    }
  }
  return sections
}

function readItem(item: ListItem, section: ListSection, source: string) {
  const line = item.position?.start.line ?? 0
  const text = collapse(toString(item)).slice(0, 80)
  const skip = (reason: string) => section.skipped.push({ text, reason, line })

  if (section.isContents) return skip('table of contents')
  const [first, ...rest] = item.children
  if (!first || first.type !== 'paragraph') return skip('does not start with text')
  if (text.startsWith('TODO')) return skip('a TODO note')

  const leading = leadingLink(first)
  if (!leading) {
    return skip(
      first.children.some((child) => child.type === 'image')
        ? 'an image or badge'
        : 'does not start with a link',
    )
  }
  const { link, index } = leading
  if (link.children.every((child) => child.type === 'image' || isBlank(child))) return skip('a badge')
  if (link.url.startsWith('#')) return skip('a link to a section of the list (table of contents)')
  if (!/^https?:\/\//i.test(link.url)) return skip(`not an http(s) link (${link.url})`)
  const title = collapse(toString(link))
  if (title === '') return skip('the link has no text')

  const tail = readTail(first.children.slice(index + 1))
  const descriptionEnd = tail.marker?.position?.start.offset ?? first.position?.end.offset
  const leadingEnd = first.children[index]!.position?.end.offset
  let description = stripSeparator(collapse(source.slice(leadingEnd, descriptionEnd)))

  const extra = rest.flatMap((child) => blockText(child, source, ''))
  if (extra.length > 0) description = [description, extra.join('\n')].filter(Boolean).join('\n\n')

  section.items.push({
    title,
    url: link.url,
    description,
    type: tail.type,
    alsoTopics: tail.alsoTopics,
    line,
  })
}

/** The link an item starts with, also when it is wrapped in bold or italics. */
function leadingLink(paragraph: Paragraph): { link: Link; index: number } | null {
  const index = paragraph.children.findIndex((child) => !isBlank(child))
  const node = paragraph.children[index]
  if (!node) return null
  if (node.type === 'link') return { link: node, index }
  if ((node.type === 'strong' || node.type === 'emphasis') && node.children.length === 1) {
    const inner = node.children[0]!
    if (inner.type === 'link') return { link: inner, index }
  }
  return null
}

/** Finds our "*(type)* — also: [Topic](#topic), …" ending, if the item has one. */
function readTail(nodes: PhrasingContent[]): {
  marker: PhrasingContent | null
  type: MediaType | null
  alsoTopics: string[]
} {
  let end = nodes.length
  while (end > 0 && isBlank(nodes[end - 1]!)) end--

  const alsoTopics: string[] = []
  let cursor = end - 1
  while (cursor >= 0 && isAnchorLink(nodes[cursor]!)) {
    alsoTopics.unshift(collapse(toString(nodes[cursor]!)))
    cursor--
    if (cursor >= 0 && isTextOf(nodes[cursor]!, ',')) cursor--
  }
  if (alsoTopics.length > 0 && cursor >= 0 && isTextOf(nodes[cursor]!, ALSO_LABEL)) end = cursor
  else alsoTopics.length = 0

  const marker = nodes[end - 1]
  const type = marker?.type === 'emphasis' ? readTypeMarker(toString(marker)) : null
  if (!marker || !type) return { marker: null, type: null, alsoTopics: [] }
  return { marker, type, alsoTopics }
}

/** Nested bullets and further paragraphs of an item, as markdown lines. */
function blockText(node: RootContent, source: string, indent: string): string[] {
  if (node.type === 'paragraph') return [`${indent}${collapse(sliceOf(node, source))}`]
  if (node.type !== 'list') return []
  return (node as List).children.flatMap((item, n) => {
    const bullet = node.ordered ? `${(node.start ?? 1) + n}.` : '-'
    const [first, ...rest] = item.children
    const head = first?.type === 'paragraph' ? collapse(sliceOf(first, source)) : ''
    return [`${indent}${bullet} ${head}`, ...rest.flatMap((child) => blockText(child, source, `${indent}  `))]
  })
}

function sliceOf(node: RootContent, source: string): string {
  return source.slice(node.position?.start.offset, node.position?.end.offset)
}

/** Drops the ": " or " - " that separates an item's link from its description. */
function stripSeparator(text: string): string {
  for (const separator of [':', '-', '–', '—', ',']) {
    if (text.startsWith(separator)) return text.slice(separator.length).trim()
  }
  return text
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === ''
}

function isAnchorLink(node: PhrasingContent): boolean {
  return node.type === 'link' && node.url.startsWith('#')
}

function isTextOf(node: PhrasingContent, value: string): boolean {
  return node.type === 'text' && node.value.trim() === value
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
