import { indexWord, type TrigramIndex } from './trigram-index'
import { termsOf } from './text'

/**
 * An inverted index from search terms to the documents and fields that hold them. The engine asks it
 * which terms a query word may mean (exactly, as a prefix, or misspelt) and where those terms stand.
 * Documents can be added in several passes (titles first, descriptions when they arrive).
 */

/** Fields in the order of their weight codes; the code is stored beside each document id. */
const FIELDS = ['title', 'keywords', 'authors', 'topics', 'host', 'type', 'description'] as const
type Field = (typeof FIELDS)[number]

/** A word in the title or keywords counts three times one in the description. */
const FIELD_WEIGHTS: Record<Field, number> = {
  title: 3,
  keywords: 3,
  authors: 2,
  topics: 1.5,
  host: 1.2,
  type: 0.8,
  description: 1,
}

const FIELD_BITS = 3 // 7 fields fit in three bits

export type WordIndex = {
  termIds: Map<string, number>
  terms: string[]
  /** Per term: document id × 8 + field code, once per document, field and pass. */
  postings: number[][]
  /** The terms' own trigrams, to find the terms a misspelt word may mean. */
  termTrigrams: TrigramIndex
  documentCount: number
  /** The terms of field values that recur across documents (topics, hosts, authors, media types). */
  recurring: Map<string, string[]>
}

export function createWordIndex(): WordIndex {
  return {
    termIds: new Map(),
    terms: [],
    postings: [],
    termTrigrams: new Map(),
    documentCount: 0,
    recurring: new Map(),
  }
}

export type FieldTexts = Partial<Record<Field, string>>

const WEIGHT_OF_CODE = FIELDS.map((field) => FIELD_WEIGHTS[field])
// The document being indexed: the best field code of each of its terms (-1 for none), and its terms.
let bestCode = new Int8Array(1024).fill(-1)
const documentTerms: number[] = []

/** Adds fields of document `id`; a term keeps only its best field within one call. */
export function indexDocument(index: WordIndex, id: number, fields: FieldTexts): void {
  for (let code = 0; code < FIELDS.length; code++) {
    const field = FIELDS[code]!
    const text = fields[field]
    if (!text) continue
    for (const term of RECURRING_FIELDS.has(field) ? recurringTerms(index, text) : termsOf(text)) {
      if (term.length < 2 && !(term >= '0' && term <= '9')) continue
      const termId = termIdOf(index, term)
      if (termId >= bestCode.length) {
        const grown = new Int8Array(bestCode.length * 2).fill(-1)
        grown.set(bestCode)
        bestCode = grown
      }
      const known = bestCode[termId]!
      if (known === -1) documentTerms.push(termId)
      if (known === -1 || WEIGHT_OF_CODE[known]! < WEIGHT_OF_CODE[code]!) bestCode[termId] = code
    }
  }
  for (const termId of documentTerms) {
    index.postings[termId]!.push((id << FIELD_BITS) | bestCode[termId]!)
    bestCode[termId] = -1
  }
  documentTerms.length = 0
  index.documentCount = Math.max(index.documentCount, id + 1)
}

const RECURRING_FIELDS: ReadonlySet<Field> = new Set(['authors', 'topics', 'host', 'type'])

function recurringTerms(index: WordIndex, text: string): string[] {
  let terms = index.recurring.get(text)
  if (!terms) {
    terms = termsOf(text)
    index.recurring.set(text, terms)
  }
  return terms
}

function termIdOf(index: WordIndex, term: string): number {
  let termId = index.termIds.get(term)
  if (termId === undefined) {
    termId = index.terms.length
    index.termIds.set(term, termId)
    index.terms.push(term)
    index.postings.push([])
    indexWord(index.termTrigrams, termId, term)
  }
  return termId
}

export function documentOf(posting: number): number {
  return posting >>> FIELD_BITS
}

export function weightOf(posting: number): number {
  return FIELD_WEIGHTS[FIELDS[posting & ((1 << FIELD_BITS) - 1)]!]
}

/** Rarer terms weigh more: a term in every document counts for little. */
export function rarity(index: WordIndex, termId: number): number {
  const documents = index.postings[termId]?.length ?? 0
  return Math.log(1 + index.documentCount / Math.max(1, documents))
}
