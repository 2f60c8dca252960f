import type { Concept } from '../schema/search-concepts'
import { STOP_WORDS, termsOf } from './text'

/**
 * A query as the engine reads it: the words a result must match, each on its own, and the quoted phrases
 * that must also stand word for word. A phrase of the concept table ("out of memory", "background jobs")
 * becomes one requirement that any of its words or of the words it means can meet, so that a problem
 * described in the reader's words finds the entries written in the catalogue's.
 */
export type QueryUnit = {
  /** What the reader typed for it, to name it when no entry mentions it. */
  text: string
  /** Matched as typed: exactly, as a prefix, or with the typos the rule allows (none for a concept phrase). */
  words: string[]
  /** From the concept table: matched exactly or as a prefix, and weighing less than the words typed. */
  means: string[]
}

export type ParsedQuery = {
  units: QueryUnit[]
  /** Each quoted phrase as its terms, two or more. */
  phrases: string[][]
  /** Every term typed, stop words included, in order: a title holding them side by side ranks first. */
  typed: string[]
}

type ConceptPhrase = { terms: string[]; means: string[] }

/** The concept table as term sequences, longest first, so that "out of memory" wins over "memory". */
export function compileConcepts(concepts: readonly Concept[]): ConceptPhrase[] {
  return concepts
    .flatMap((concept) => {
      const means = [...new Set(concept.means.flatMap(termsOf))]
      return concept.words.map((words) => ({ terms: termsOf(words), means }))
    })
    .filter((phrase) => phrase.terms.length > 0)
    .toSorted((a, b) => b.terms.length - a.terms.length)
}

export function parseQuery(query: string, concepts: readonly ConceptPhrase[] = []): ParsedQuery {
  const phrases: string[][] = []
  // A quote left open while typing reads as plain words.
  const unquoted = query.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const terms = termsOf(phrase)
    if (terms.length > 1) phrases.push(terms)
    return ` ${phrase} `
  })
  const typed = termsOf(unquoted)
  const units: QueryUnit[] = []
  for (let at = 0; at < typed.length;) {
    const concept = concepts.find((phrase) => phrase.terms.every((term, i) => typed[at + i] === term))
    if (concept) {
      // A phrase is met through what it means: its own words ("out", "of") would match far too much.
      const words = concept.terms.length === 1 ? concept.terms : []
      units.push({ text: concept.terms.join(' '), words, means: concept.means })
      at += concept.terms.length
    } else {
      units.push({ text: typed[at]!, words: [typed[at]!], means: [] })
      at += 1
    }
  }
  const distinct = units.filter(
    (unit, index) => units.findIndex((other) => other.text === unit.text) === index,
  )
  const meaningful = distinct.filter((unit) => unit.means.length > 0 || !STOP_WORDS.has(unit.text))
  return { units: meaningful.length > 0 ? meaningful : distinct, phrases, typed }
}
