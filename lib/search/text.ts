/**
 * How search reads text, the one tokeniser of the site: words folded to lowercase ASCII where possible,
 * with a light plural stemming, so that the index, the query, highlighting and "Did you mean" agree on
 * what a word is. Also the one typo rule and the one edit distance they share.
 */

/** A word of a text, its search term, and where it stands in the original text (inclusive). */
export type Token = { term: string; start: number; end: number }

// Letters and digits, and "+" inside or after a word, so that "n+1" and "c++" stay one word.
const WORD = /[\p{L}\p{N}]+(?:\+[\p{L}\p{N}+]*)?/gu
// The same words in lowercase ASCII text, which most text is: a plain pattern is several times faster.
const ASCII_WORD = /[a-z0-9]+(?:\+[a-z0-9+]*)?/g
const ASCII_WORD_ANY_CASE = new RegExp(ASCII_WORD.source, 'gi')
const ASCII = /^[\x00-\x7f]*$/

/** Lowercase, accents removed. */
function fold(text: string): string {
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

export function tokenize(text: string): Token[] {
  const found: Token[] = []
  for (const match of text.matchAll(ASCII.test(text) ? ASCII_WORD_ANY_CASE : WORD)) {
    const start = match.index
    found.push({ term: stem(fold(match[0])), start, end: start + match[0].length - 1 })
  }
  return found
}

/** The terms of a text, in order, repeats included: folded once, for indexing, where places do not matter. */
export function termsOf(text: string): string[] {
  const folded = fold(text)
  return Array.from(folded.matchAll(ASCII.test(folded) ? ASCII_WORD : WORD), (match) => stem(match[0]))
}

/**
 * Words that do not drive matching: function words, and the words of a question or a request ("how do I",
 * "what should I use for", "my site") that say nothing of its subject. A query made only of them still
 * searches for them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  termsOf(
    `a about add adding an and any are as at be best by can could do does for from get getting good has have how i in
    into is it its just keep keeps make making me much my need of on or our ran run running runs set should so
    some that the
    their them there these this to too up use using very want way we what when where which while who why will
    with without would you your
    app application django project site website`,
  ),
)

/**
 * The one typo rule, shared by search and "Did you mean": how many edits a query word may be from a
 * catalogue word and still match it. None below four letters, one from four, two from eight (Algolia's
 * default); and only for a word that is not itself a catalogue word (engine.ts).
 */
export function allowedTypos(word: string): number {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2
}

/** The one edit distance: Damerau–Levenshtein (optimal string alignment), giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1)
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return best
    before = previous
    previous = current
  }
  return previous[b.length]!
}
