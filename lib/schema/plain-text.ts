import { toString } from 'hast-util-to-string'

import { toSanitizedTree } from './markdown'

// Text in which markdown and HTML have nothing to act on: no inline syntax character anywhere, and no
// line starting as a list item, a setext underline or an ordered-list number could.
const PROSE_CHARACTERS = /^[\p{L}\p{N} \n.,;:'"’‘“”()?!%/=–—+-]*$/u
const BLOCK_SYNTAX_AT_LINE_START = /(?:^|\n) *[-+=\d]/
// An underscore between letters or digits (select_related) never emphasises anything.
const INTRAWORD_UNDERSCORES = /(?<=[\p{L}\p{N}])_+(?=[\p{L}\p{N}])/gu

const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * The readable text of a markdown fragment, for search and meta descriptions: the text of the same
 * sanitised tree the page shows, so raw markup or a would-be script never reads as words.
 */
export function markdownToPlainText(markdown: string): string {
  // Most descriptions are plain prose, whose text is what is written: they skip the costly parse.
  const withoutIntrawordUnderscores = markdown.replace(INTRAWORD_UNDERSCORES, '')
  if (PROSE_CHARACTERS.test(withoutIntrawordUnderscores) && !BLOCK_SYNTAX_AT_LINE_START.test(markdown))
    return collapseWhitespace(markdown)
  return parsedPlainText(markdown)
}

/** The text of the parsed and sanitised tree, whatever the markdown holds. */
export function parsedPlainText(markdown: string): string {
  return collapseWhitespace(toString(toSanitizedTree.runSync(toSanitizedTree.parse(markdown))))
}
