import { STOP_WORDS, termsOf } from './text'

/**
 * A query as the engine reads it: its words, each matched on its own, and its quoted phrases,
 * which must also appear word for word.
 */
export type ParsedQuery = {
  /** Distinct search terms, in the order typed (stop words left out when other words remain). */
  words: string[]
  /** Each quoted phrase as its terms, two or more. */
  phrases: string[][]
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = []
  // A quote left open while typing reads as plain words.
  const unquoted = query.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const terms = termsOf(phrase)
    if (terms.length > 1) phrases.push(terms)
    return ` ${phrase} `
  })
  const all = [...new Set(termsOf(unquoted))]
  const meaningful = all.filter((word) => !STOP_WORDS.has(word))
  return { words: meaningful.length > 0 ? meaningful : all, phrases }
}
