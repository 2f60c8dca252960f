import type { Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

import { readAlsoIn, readPaidMark } from './format'

/** A heading of an awesome list (the list's own # title excepted). */
export type ListHeading = {
  text: string
  depth: number
  line: number
  /** Index in `headings` of the heading this one sits under, or null at the top. */
  parent: number | null
  isContents: boolean
  /** Plain text of the paragraph right below the heading, when there is one. */
  paragraph: string | null
}

/** One resource of an awesome list: a list item that starts with a link (after an optional "(PAID)"). */
export type ListedItem = {
  title: string
  url: string
  /** Markdown: the text after the link, then any nested bullets. Empty when the item has none. */
  description: string
  /** The item carries a "(PAID)" mark, before or after its link. */
  paid: boolean
  /** Titles of further topics named by our exported "Also in: A, B." ending. */
  alsoTopics: string[]
  line: number
  /** Index in `headings` of the nearest heading above the item, or null. */
  heading: number | null
}

export type NotAnEntry = { text: string; reason: string; line: number; heading: number | null }

export type ParsedList = {
  /** The text of the list's # heading. */
  title: string | null
  headings: ListHeading[]
  items: ListedItem[]
  skipped: NotAnEntry[]
}

const CONTENTS_HEADINGS = new Set(['contents', 'table of contents', 'toc'])

/**
 * Reads an awesome-list README into its heading tree and items. Only top-level bullet lists count:
 * paragraphs (e.g. "TODO" lines), HTML blocks, images and quotes are not entries.
 */
export function parseAwesomeList(markdown: string): ParsedList {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
  const list: ParsedList = { title: null, headings: [], items: [], skipped: [] }
  const stack: number[] = []
  let previous: RootContent | null = null

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = collapse(toString(node))
      if (node.depth === 1 && list.title === null && list.headings.length === 0) {
        list.title = text
        previous = null
        continue
      }
      while (stack.length > 0 && list.headings[stack.at(-1)!]!.depth >= node.depth) stack.pop()
      const parent = stack.at(-1) ?? null
      list.headings.push({
        text,
        depth: node.depth,
        line: node.position?.start.line ?? 0,
        parent,
        isContents:
          CONTENTS_HEADINGS.has(text.toLowerCase()) || (parent !== null && list.headings[parent]!.isContents),
        paragraph: null,
      })
      stack.push(list.headings.length - 1)
    } else if (node.type === 'paragraph' && previous?.type === 'heading' && stack.length > 0) {
      const heading = list.headings[stack.at(-1)!]!
      const text = collapse(toString(node))
      if (text && !/^TODO\b/i.test(text)) {
        heading.paragraph = text
      }
    } else if (node.type === 'list') {
      const heading = stack.at(-1) ?? null
      for (const item of node.children) readItem(item, heading, list, markdown)
    }
    previous = node
  }
  return list
}

function readItem(item: ListItem, heading: number | null, list: ParsedList, source: string) {
  const line = item.position?.start.line ?? 0
  const text = collapse(toString(item.children[0] ?? item)).slice(0, 80)
  const skip = (reason: string) => list.skipped.push({ text, reason, line, heading })

  if (heading !== null && list.headings[heading]!.isContents) return skip('table of contents')
  const [first, ...rest] = item.children
  if (!first || first.type !== 'paragraph') return skip('does not start with text')
  if (/^TODO\b/i.test(text)) return skip('a TODO note')

  const leading = leadingLink(first)
  if (!leading) {
    return skip(
      first.children.some((child) => child.type === 'image')
        ? 'an image or badge'
        : 'does not start with a link',
    )
  }
  const { link, index, paid: paidBefore } = leading
  if (link.children.every((child) => child.type === 'image' || isBlank(child))) return skip('a badge')
  if (link.url.startsWith('#')) return skip('a link to a section of the list (table of contents)')
  if (!/^https?:\/\//i.test(link.url)) return skip(`not an http(s) link (${link.url})`)
  const title = collapse(toString(link))
  if (title === '') return skip('the link has no text')

  const afterLink = collapse(
    source.slice(first.children[index]!.position?.end.offset, first.position?.end.offset),
  )
  const paidMark = readPaidMark(afterLink)
  const also = readAlsoIn(paidMark.rest)
  let description = also.rest
  const extra = rest.flatMap((child) => blockText(child, source, ''))
  if (extra.length > 0) description = [description, extra.join('\n')].filter(Boolean).join('\n\n')

  list.items.push({
    title,
    url: link.url,
    description,
    paid: paidBefore || paidMark.paid,
    alsoTopics: also.topics,
    line,
    heading,
  })
}

/** The link an item starts with (also when wrapped in bold or italics, or after a "(PAID)" mark). */
function leadingLink(paragraph: Paragraph): { link: Link; index: number; paid: boolean } | null {
  let index = paragraph.children.findIndex((child) => !isBlank(child))
  let paid = false
  const mark = paragraph.children[index]
  if (mark?.type === 'text' && /^\s*\(paid\)\s*$/i.test(mark.value)) {
    paid = true
    index++
  }
  const node = paragraph.children[index]
  if (!node) return null
  if (node.type === 'link') return { link: node, index, paid }
  if ((node.type === 'strong' || node.type === 'emphasis') && node.children.length === 1) {
    const inner = node.children[0]!
    if (inner.type === 'link') return { link: inner, index, paid }
  }
  return null
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

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === ''
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
