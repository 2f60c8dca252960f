import type { Concept } from '../schema/search-concepts'
import { compileConcepts, parseQuery, type QueryUnit } from './query'
import type { Hit, MatchRanges, SearchAnswer, SearchDoc, SearchEngine } from './search-doc'
import { allowedTypos, editDistance, termsOf, tokenize } from './text'
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

/** How closely a vocabulary term matches a query word, 0–1. */
const QUALITY = { exact: 1, prefix: 0.85, typo: 0.6, meaning: 0.5 } as const
/** How many of the best hits are checked for the query standing whole in their title. */
const TITLE_CHECKED = 50
const REMEMBERED = 64

type WordMatch = {
  /** best score per document id for this word; 0 where it does not match */
  scores: Float32Array
  documents: number[]
  terms: string[]
}

/**
 * Finds the documents that match a query, best first. Each word of the query is matched on its own against
 * the catalogue's vocabulary: exactly, as the start of a longer word, or, when it is no catalogue word and
 * starts none, as a misspelling within the typo rule (text.ts). A result must match every word; a word no
 * entry mentions is named rather than dropped, and entries matching only some words are close matches, shown
 * apart. Among results, the sum of each word's best match decides: a match weighs by its field (title and
 * keywords most), the word's rarity and its kind (exact > prefix > typo > a concept's meaning).
 */
export function createSearchEngine(
  docs: readonly SearchDoc[],
  concepts: readonly Concept[] = [],
  index?: WordIndex,
): SearchEngine {
  const words = index ?? indexAll(docs)
  const phrases = compileConcepts(concepts)
  const wordMatches = lru<string, WordMatch>(REMEMBERED, (key) => {
    const [kind, word] = [key.slice(0, 1), key.slice(1)]
    return matchWord(words, word, kind === 'm')
  })
  const answers = lru<string, SearchAnswer>(REMEMBERED, (query) =>
    answer(docs, parseQuery(query, phrases), wordMatches),
  )
  return {
    docs,
    find: (query) => answers(query.trim().toLowerCase()),
    nearMisses: (word) => nearMisses(words, word),
  }
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

/** Term ids matching `word`, each with its quality. A meaning is matched exactly or as a prefix only. */
function termQualities(index: WordIndex, word: string, meaning: boolean): Map<number, number> {
  const qualities = new Map<number, number>()
  const scale = meaning ? QUALITY.meaning : 1
  const exact = index.termIds.get(word)
  if (exact !== undefined) qualities.set(exact, QUALITY.exact * scale)
  index.terms.forEach((term, termId) => {
    // "cache" is a better reading of "cach" than "cacheback" is.
    if (term.length > word.length && term.startsWith(word))
      qualities.set(termId, QUALITY.prefix * scale * (0.7 + (0.3 * word.length) / term.length))
  })
  // A word of the catalogue, or the start of one, is taken as typed: "celery" is never a misspelt "every".
  const typos = qualities.size === 0 && !meaning ? allowedTypos(word) : 0
  if (typos > 0) {
    // Every word sharing a trigram: a swap in a short word, or two edits in a long one, can leave only one.
    for (const { id } of findCandidates(index.termTrigrams, word, 0)) {
      const term = index.terms[id]!
      if (Math.abs(term.length - word.length) > typos) continue
      const distance = editDistance(word, term, typos)
      if (distance <= typos) qualities.set(id, QUALITY.typo * (1 - distance / (word.length + 1)))
    }
  }
  return qualities
}

function matchWord(index: WordIndex, word: string, meaning: boolean): WordMatch {
  const qualities = termQualities(index, word, meaning)
  const scores = new Float32Array(index.documentCount)
  const documents: number[] = []
  for (const [termId, quality] of qualities) {
    const weight = quality * rarity(index, termId)
    for (const posting of index.postings[termId] ?? []) {
      const id = documentOf(posting)
      const score = weight * weightOf(posting)
      if (scores[id] === 0) documents.push(id)
      if (score > scores[id]!) scores[id] = score
    }
  }
  return { scores, documents, terms: [...qualities.keys()].map((termId) => index.terms[termId]!) }
}

/** The best score per document of any word or meaning of a unit. */
function matchUnit(unit: QueryUnit, wordMatches: (key: string) => WordMatch, count: number): WordMatch {
  const parts = [
    ...unit.words.map((word) => wordMatches(`w${word}`)),
    ...unit.means.map((word) => wordMatches(`m${word}`)),
  ]
  if (parts.length === 1) return parts[0]!
  const scores = new Float32Array(count)
  const documents: number[] = []
  for (const part of parts)
    for (const id of part.documents) {
      if (scores[id] === 0) documents.push(id)
      scores[id] = Math.max(scores[id]!, part.scores[id]!)
    }
  return { scores, documents, terms: parts.flatMap((part) => part.terms) }
}

function answer(
  docs: readonly SearchDoc[],
  query: ReturnType<typeof parseQuery>,
  wordMatches: (key: string) => WordMatch,
): SearchAnswer {
  const units = query.units.map((unit) => ({ unit, match: matchUnit(unit, wordMatches, docs.length) }))
  const missing = units.filter(({ match }) => match.documents.length === 0).map(({ unit }) => unit.text)
  const present = units.filter(({ match }) => match.documents.length > 0)
  if (present.length === 0) return { hits: [], close: [], missing }

  const unitsMatched = new Uint8Array(docs.length)
  const total = new Float32Array(docs.length)
  const found: number[] = []
  for (const { match } of present) {
    for (const id of match.documents) {
      if (id >= docs.length) continue
      if (unitsMatched[id] === 0) found.push(id)
      unitsMatched[id]! += 1
      total[id]! += match.scores[id]!
    }
  }
  const kept = query.phrases.length
    ? found.filter((id) => query.phrases.every((phrase) => holdsPhrase(docs[id]!, phrase)))
    : found
  const byMatch = (a: number, b: number) =>
    unitsMatched[b]! - unitsMatched[a]! || total[b]! - total[a]! || a - b
  kept.sort(byMatch)
  // Among the best, a title that holds the typed words side by side ("django-redis") comes first, then one
  // that holds a match of every word ("redsi" → "Django-Redis").
  const head = kept.slice(0, TITLE_CHECKED)
  const asPhrase = phraseText(query.typed)
  const titleRank = new Map(
    head.map((id) => {
      const title = docs[id]!.title
      if (textHolds(title, asPhrase)) return [id, 2]
      const words = new Set(termsOf(title))
      return [id, present.every(({ match }) => match.terms.some((term) => words.has(term))) ? 1 : 0]
    }),
  )
  head.sort(
    (a, b) => unitsMatched[b]! - unitsMatched[a]! || titleRank.get(b)! - titleRank.get(a)! || byMatch(a, b),
  )
  kept.splice(0, head.length, ...head)

  const terms = new Set(present.flatMap(({ match }) => match.terms))
  const best = total[kept[0] ?? 0] || 1
  const hitsOf = (ids: number[]) =>
    ids.map((id) => new WordHit(id, docs[id]!, 1 - total[id]! / best / 2, terms))
  const complete = missing.length === 0 ? kept.filter((id) => unitsMatched[id] === present.length) : []
  return complete.length > 0
    ? { hits: hitsOf(complete), close: [], missing }
    : { hits: [], close: hitsOf(kept), missing }
}

/**
 * Catalogue words a query word that matches nothing may have meant: one edit further than the typo rule
 * lets search take on its own, so that "Did you mean" never offers what search already does.
 */
function nearMisses(index: WordIndex, word: string): string[] {
  const limit = allowedTypos(word) + 1
  if (word.length < 3) return []
  // Asked only when a search found nothing for a word: a scan of the vocabulary is affordable then, and
  // unlike trigrams it also finds the words a short misspelling shares no three letters with.
  return index.terms.filter(
    (term) =>
      term.length >= 3 &&
      Math.abs(term.length - word.length) <= limit &&
      editDistance(word, term, limit) === limit,
  )
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
    /** 0 is the best match; lower is better */
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
