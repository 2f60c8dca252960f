import type { Link, LinkReference, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

import { collapse, readAlsoIn, readPaidMark } from './format'

/** One resource of an awesome list: a list item that starts with a link (after an optional "(PAID)"). */
export type ListedItem = {
  title: string
  url: string
  /** Markdown: the text after the link, then any nested notes. Empty when the item has none. */
  description: string
  /** The item carries a "(PAID)" mark, before or after its link. */
  paid: boolean
  /** Titles of further topics named by our exported "Also in: A, B." ending. */
  alsoTopics: string[]
  line: number
  /** Index in `headings` of the nearest heading above the item, or null. */
  heading: number | null
}

/** A list item, table row or HTML block that is not read as an entry, and why. */
export type NotAnEntry = { text: string; reason: string; line: number; heading: number | null }

/** What reading the items of one list needs from the document around it. */
export type ItemContext = {
  source: string
  /** Link reference definitions ("[label]: url"), by normalised label. */
  definitions: ReadonlyMap<string, string>
  heading: number | null
  items: ListedItem[]
  skipped: NotAnEntry[]
}

/**
 * Reads the items of a list, or skips them all when it is a table of contents (returning true): a list
 * whose links mostly point at the list's own sections ("#anchor"), wherever it stands and whatever
 * heading it has.
 */
export function readList(list: List, context: ItemContext): boolean {
  const items = itemsOf(list)
  const targets = items.flatMap((item) => leadingLink(item, context.definitions)?.url ?? [])
  const anchors = targets.filter((url) => url.startsWith('#')).length
  const isContents = anchors > 0 && anchors * 2 > targets.length
  if (isContents) for (const item of items) skip(item, 'table of contents', context)
  else for (const item of list.children) readItem(item, context)
  return isContents
}

/** Every item of a list, nested ones included, in document order. */
function itemsOf(list: List): ListItem[] {
  return list.children.flatMap((item) => [
    item,
    ...item.children.flatMap((child) => (child.type === 'list' ? itemsOf(child) : [])),
  ])
}

/**
 * Reads one list item as an entry, or says why it is not one. Nested items that start with a link are
 * entries of their own (a label item such as "- Synchronous" only groups them); other nested bullets are
 * kept as a note in the description.
 */
function readItem(item: ListItem, context: ItemContext) {
  const [first, ...rest] = item.children
  const nested = rest.flatMap((child) => (child.type === 'list' ? child.children : []))
  const ownItems = nested.filter((child) => leadingLink(child, context.definitions))
  const readNested = () => ownItems.forEach((child) => readItem(child, context))

  if (!first || first.type !== 'paragraph') {
    skip(item, 'does not start with text', context)
    return readNested()
  }
  if (/^TODO\b/i.test(plainText(first))) return skip(item, 'a TODO note', context)

  const leading = leadingLink(item, context.definitions)
  const reason = leading ? whyNotAnEntry(leading) : withoutLink(first, ownItems.length)
  if (reason || !leading) {
    skip(item, reason ?? 'does not start with a link', context)
    return readNested()
  }
  const { node, url, index, paid: paidBefore } = leading
  const afterLink = phrasingMarkdown(first.children.slice(index + 1), context)
  const paidMark = readPaidMark(afterLink)
  const also = readAlsoIn(paidMark.rest)
  const notes = rest.flatMap((child) => noteLines(child, context, ''))
  context.items.push({
    title: plainText(node),
    url,
    description: [also.rest, notes.join('\n')].filter(Boolean).join('\n\n'),
    paid: paidBefore || paidMark.paid,
    alsoTopics: also.topics,
    line: lineOf(item),
    heading: context.heading,
  })
  readNested()
}

/** Why an item that starts with a link is no entry, or null when it is one. */
function whyNotAnEntry({ node, url }: LeadingLink): string | null {
  if (isBadge(node)) return 'a badge'
  if (url.startsWith('#')) return 'a link to a section of the list (table of contents)'
  if (!/^https?:\/\//i.test(url)) return `not an http(s) link (${url})`
  if (plainText(node) === '') return 'the link has no text'
  return null
}

/** Why an item that does not start with a link is skipped. */
function withoutLink(paragraph: Paragraph, nestedEntries: number): string {
  if (nestedEntries === 1) return 'a label: its nested item is read on its own line'
  if (nestedEntries > 1) return 'a label: its nested items are read on their own lines'
  const children = paragraph.children.filter((child) => !isBlank(child))
  if (children.some((child) => child.type === 'image' || child.type === 'imageReference')) {
    return 'an image or badge'
  }
  if (children[0]?.type === 'html') return 'starts with HTML, not a markdown link'
  if (children.some((child) => child.type === 'link')) return 'does not start with a link (text comes first)'
  return 'does not start with a link'
}

export function skip(node: RootContent, reason: string, context: ItemContext) {
  const first = node.type === 'listItem' ? node.children[0] : node
  const text =
    node.type === 'tableRow'
      ? node.children.map(plainText).join(' | ')
      : (first ? plainText(first) : '') || collapse(sliceOf(node, context.source))
  context.skipped.push({ text: text.slice(0, 80), reason, line: lineOf(node), heading: context.heading })
}

type LeadingLink = { node: Link | LinkReference; url: string; index: number; paid: boolean }

/**
 * The link an item starts with: inline or by reference, also when wrapped in bold or italics, or after a
 * "(PAID)" mark or a leading emoji.
 */
function leadingLink(item: ListItem, definitions: ReadonlyMap<string, string>): LeadingLink | null {
  const paragraph = item.children[0]
  if (paragraph?.type !== 'paragraph') return null
  let index = paragraph.children.findIndex((child) => !isBlank(child) && !isDecoration(child))
  const mark = paragraph.children[index]
  const paid = mark?.type === 'text' && /^\s*\(paid\)\s*$/i.test(mark.value)
  if (paid) index++
  let node: PhrasingContent | undefined = paragraph.children[index]
  if ((node?.type === 'strong' || node?.type === 'emphasis') && node.children.length === 1) {
    node = node.children[0]
  }
  if (node?.type === 'link') return { node, url: node.url, index, paid }
  if (node?.type === 'linkReference') {
    const url = definitions.get(node.identifier)
    if (url !== undefined) return { node, url, index, paid }
  }
  return null
}

/** Images, badges (links holding only images) and inline HTML carry nothing a directory shows. */
function isBadge(node: PhrasingContent): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true
  if (node.type !== 'link' && node.type !== 'linkReference') return false
  return node.children.length > 0 && node.children.every((child) => isBadge(child) || isBlank(child))
}

/** What may stand before an item's link and says nothing: an icon, an emoji or a symbol ("⭐ [Name](…)"). */
function isDecoration(node: PhrasingContent): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true
  return node.type === 'text' && /^[^\p{L}\p{N}()]+$/u.test(node.value)
}

/**
 * Inline markdown as the list wrote it, minus badges and inline HTML tags, with reference links made
 * inline (an entry file has no reference definitions).
 */
function phrasingMarkdown(nodes: readonly PhrasingContent[], context: ItemContext): string {
  const parts = nodes.map((node) => {
    if (isBadge(node) || node.type === 'html') return ' '
    if (node.type === 'linkReference') {
      const url = context.definitions.get(node.identifier)
      if (url === undefined) return sliceOf(node, context.source)
      const [start, end] = [node.children[0], node.children.at(-1)]
      const text =
        start && end ? context.source.slice(start.position?.start.offset, end.position?.end.offset) : url
      return `[${text}](${url})`
    }
    return sliceOf(node, context.source)
  })
  return collapse(parts.join(''))
}

/** Nested bullets and further paragraphs of an item, as markdown lines; nested entries are left out. */
function noteLines(node: RootContent, context: ItemContext, indent: string): string[] {
  if (node.type === 'paragraph') return [`${indent}${phrasingMarkdown(node.children, context)}`]
  if (node.type !== 'list') return []
  return node.children.flatMap((item, n) => {
    if (leadingLink(item, context.definitions)) return []
    const bullet = node.ordered ? `${(node.start ?? 1) + n}.` : '-'
    const [first, ...rest] = item.children
    const head = first?.type === 'paragraph' ? phrasingMarkdown(first.children, context) : ''
    return [
      `${indent}${bullet} ${head}`,
      ...rest.flatMap((child) => noteLines(child, context, `${indent}  `)),
    ]
  })
}

export function plainText(node: RootContent | PhrasingContent): string {
  return collapse(toString(node, { includeImageAlt: false }))
}

function sliceOf(node: RootContent | PhrasingContent, source: string): string {
  return source.slice(node.position?.start.offset, node.position?.end.offset)
}

function lineOf(node: RootContent): number {
  return node.position?.start.line ?? 0
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === ''
}
