import Fuse from 'fuse.js'

import type { Hit, MatchRanges, QueryMatcher, SearchDoc } from './model'
import { parseQuery } from './query'
import { termsOf, tokenize } from './text'
import { findCandidates } from './trigram-index'
import {
  createWordIndex,
  documentOf,
  indexDocument,
  rarity,
  weightOf,
  type FieldTexts,
  type WordIndex,
} from './word-index'

/**
 * Finds the documents that match a query, best first. Each word of the query is matched on its own,
 * exactly, as a prefix, or (from four letters on) fuzzily by fuse.js against the catalogue's own
 * words; a word that matches nothing is left out rather than sinking the query. Documents matching
 * more of the words come first; among those, the sum of each word's best match decides, where a
 * match weighs by its field (title and keywords most), its rarity and its kind (exact > prefix > fuzzy).
 */
export type SearchEngine = QueryMatcher

/** How closely a vocabulary term matches a query word, 0–1. */
const QUALITY = { exact: 1, prefix: 0.85, fuzzy: 0.55 } as const
/**
 * Misspellings allowed: none below four letters, one for four or five, two from six (fuse.js counts
 * two swapped letters, the commonest slip, as two).
 */
export function allowedTypos(word: string): number {
  return word.length < 4 ? 0 : word.length < 6 ? 1 : 2
}
const FUZZY_CANDIDATES = 80
/** How many of the best hits are checked for the query standing whole in their title. */
const TITLE_CHECKED = 50
const REMEMBERED = 64

type WordMatch = {
  /** best score per document id for this word; 0 where it does not match */
  scores: Float32Array
  documents: number[]
  terms: string[]
}

export function createSearchEngine(docs: readonly SearchDoc[], index?: WordIndex): SearchEngine {
  const words = index ?? indexAll(docs)
  const wordMatches = lru<string, WordMatch>(REMEMBERED, (word) => matchWord(words, word))
  const answers = lru<string, Hit[]>(REMEMBERED, (query) => findHits(docs, query, wordMatches))
  return { docs, find: (query) => answers(query.trim().toLowerCase()) }
}

export function indexAll(docs: readonly SearchDoc[]): WordIndex {
  const index = createWordIndex()
  docs.forEach((doc, id) => indexDocument(index, id, fieldTextsOf(doc)))
  return index
}

/** What each field of a document says, as the index reads it. */
export function fieldTextsOf(doc: SearchDoc, part: 'all' | 'core' | 'description' = 'all'): FieldTexts {
  if (part === 'description') return { description: doc.description }
  return {
    title: doc.title,
    keywords: doc.keywords.join(' '),
    authors: doc.authors.join(' '),
    topics: doc.topicTitles.join(' '),
    host: doc.host,
    type: doc.typeLabel,
    description: part === 'all' ? doc.description : undefined,
  }
}

function matchWord(index: WordIndex, word: string): WordMatch {
  const qualities = new Map<number, number>() // term id → quality
  const exact = index.termIds.get(word)
  if (exact !== undefined) qualities.set(exact, QUALITY.exact)
  index.terms.forEach((term, termId) => {
    if (term.length > word.length && term.startsWith(word)) {
      // "cache" is a better reading of "cach" than "cacheback" is.
      qualities.set(termId, QUALITY.prefix * (0.7 + (0.3 * word.length) / term.length))
    }
  })
  const typos = allowedTypos(word)
  if (typos > 0) {
    const candidates = findCandidates(index.termTrigrams, word, 0.3)
      .slice(0, FUZZY_CANDIDATES)
      .filter(
        ({ id }) => !qualities.has(id) && Math.abs((index.terms[id]?.length ?? 0) - word.length) <= typos,
      )
    const fuse = new Fuse(
      candidates.map(({ id }) => index.terms[id] ?? ''),
      {
        includeScore: true,
        ignoreLocation: true,
        threshold: typos / word.length + 0.01,
        isCaseSensitive: true,
      },
    )
    for (const { refIndex, score = 1 } of fuse.search(word)) {
      const termId = candidates[refIndex]!.id
      qualities.set(termId, QUALITY.fuzzy * (1 - score))
    }
  }

  const scores = new Float32Array(index.documentCount)
  const documents: number[] = []
  for (const [termId, quality] of qualities) {
    const weight = quality * rarity(index, termId)
    for (const posting of index.postings[termId] ?? []) {
      const id = documentOf(posting)
      const score = weight * weightOf(posting)
      if (scores[id] === 0) documents.push(id)
      if (score > (scores[id] ?? 0)) scores[id] = score
    }
  }
  return { scores, documents, terms: [...qualities.keys()].map((termId) => index.terms[termId] ?? '') }
}

function findHits(
  docs: readonly SearchDoc[],
  query: string,
  wordMatches: (word: string) => WordMatch,
): Hit[] {
  const { words, phrases } = parseQuery(query)
  const matched = words.map(wordMatches).filter((match) => match.documents.length > 0)
  if (matched.length === 0) return []

  const wordsMatched = new Uint8Array(docs.length)
  const total = new Float32Array(docs.length)
  const found: number[] = []
  for (const match of matched) {
    for (const id of match.documents) {
      if (id >= docs.length) continue
      if (wordsMatched[id] === 0) found.push(id)
      wordsMatched[id] = (wordsMatched[id] ?? 0) + 1
      total[id] = (total[id] ?? 0) + (match.scores[id] ?? 0)
    }
  }
  const kept = phrases.length ? found.filter((id) => phrases.every((p) => holdsPhrase(docs[id]!, p))) : found
  kept.sort((a, b) => wordsMatched[b]! - wordsMatched[a]! || total[b]! - total[a]! || a - b)
  // Among the best, a title that holds the query's words side by side ("django-redis") comes first.
  const head = kept.slice(0, TITLE_CHECKED)
  const asPhrase = phraseText(words)
  const inTitle = new Set(head.filter((id) => textHolds(docs[id]!.title, asPhrase)))
  head.sort(
    (a, b) =>
      wordsMatched[b]! - wordsMatched[a]! ||
      Number(inTitle.has(b)) - Number(inTitle.has(a)) ||
      total[b]! - total[a]! ||
      a - b,
  )
  kept.splice(0, head.length, ...head)

  const terms = new Set(matched.flatMap((match) => match.terms))
  const best = total[kept[0] ?? 0] || 1
  return kept.map((id) => new WordHit(id, docs[id]!, 1 - total[id]! / best / 2, terms))
}

function holdsPhrase(doc: SearchDoc, phrase: string[]): boolean {
  const wanted = phraseText(phrase)
  return Object.values(fieldTextsOf(doc)).some((text) => textHolds(text, wanted))
}

const phraseText = (words: string[]) => ` ${words.join(' ')} `

/** Whether a text's terms hold `phrase` (made by phraseText) side by side. */
function textHolds(text: string | undefined, phrase: string): boolean {
  return text ? ` ${termsOf(text).join(' ')} `.includes(phrase) : false
}

/** A hit whose highlighting is worked out only when a card asks for it. */
class WordHit implements Hit {
  private ranges: MatchRanges | undefined
  constructor(
    readonly id: number,
    readonly doc: SearchDoc,
    /** 0 is the best match; lower is better, as fuse.js scores */
    readonly score: number,
    private readonly terms: ReadonlySet<string>,
  ) {}

  get matches(): MatchRanges {
    this.ranges ??= {
      title: rangesOf(this.doc.title, this.terms),
      description: rangesOf(this.doc.description, this.terms),
      authors: rangesOf(this.doc.authors.join(', '), this.terms),
    }
    return this.ranges
  }
}

function rangesOf(text: string, terms: ReadonlySet<string>): [number, number][] {
  return tokenize(text)
    .filter((token) => terms.has(token.term))
    .map((token) => [token.start, token.end])
}

/** Remembers the last answers: typing goes back over the same words and prefixes. */
function lru<K, V>(size: number, compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>()
  return (key) => {
    let value = known.get(key)
    if (value !== undefined) known.delete(key)
    else value = compute(key)
    known.set(key, value)
    if (known.size > size) known.delete(known.keys().next().value as K)
    return value
  }
}
