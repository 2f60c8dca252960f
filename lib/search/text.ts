/**
 * How search reads text: words folded to lowercase ASCII where possible, with a light plural
 * stemming, so that the index and the query agree on what a word is.
 */

/** A word of a text, its search term, and where it stands in the original text (inclusive). */
export type Token = { term: string; start: number; end: number }

// Letters and digits, and "+" inside or after a word, so that "n+1" and "c++" stay one word.
const WORD = /[\p{L}\p{N}]+(?:\+[\p{L}\p{N}+]*)?/gu
// The same words in lowercase ASCII text, which most text is: a plain pattern is several times faster.
const ASCII_WORD = /[a-z0-9]+(?:\+[a-z0-9+]*)?/g
const ASCII = /^[\x00-\x7f]*$/

/** Lowercase, accents removed. */
export function fold(text: string): string {
  // Decomposing accents is the costly step; most text has none.
  return (ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).toLowerCase()
}

const KEEPS_ITS_S: ReadonlySet<string> = new Set(['ss', 'us', 'is'])

/** "workers" → "worker", "queries" → "query", "indexes" → "index"; "redis", "class" and "status" stay. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && word.endsWith('xes')) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !KEEPS_ITS_S.has(word.slice(-2))) return word.slice(0, -1)
  return word
}

export function termOf(word: string): string {
  return stem(fold(word))
}

const ASCII_WORD_ANY_CASE = new RegExp(ASCII_WORD.source, 'gi')

export function tokenize(text: string): Token[] {
  const found: Token[] = []
  for (const match of text.matchAll(ASCII.test(text) ? ASCII_WORD_ANY_CASE : WORD)) {
    const start = match.index
    found.push({ term: termOf(match[0]), start, end: start + match[0].length - 1 })
  }
  return found
}

/** The terms of a text, in order, repeats included: folded once, for indexing, where places do not matter. */
export function termsOf(text: string): string[] {
  const folded = fold(text)
  return Array.from(folded.matchAll(ASCII.test(folded) ? ASCII_WORD : WORD), (match) => stem(match[0]))
}

/** Words too common to tell entries apart; a query made only of them still searches for them. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from how i in into is it of on or the to use using what when where why with your'.split(
    ' ',
  ),
)
