import { expect, type Page } from '@playwright/test'

import { mediaTypeLabel, type MediaType } from '../lib/schema/media-types'
import { STOP_WORDS, termsOf, tokenize } from '../lib/search/text'

export type Topic = { slug: string; title: string }

/** An entry as /entries.json publishes it. */
export type Entry = {
  slug: string
  title: string
  url: string
  type: MediaType
  access: 'free' | 'paid'
  topics: Topic[]
  host: string
  description: string
  keywords: string[]
  authors: string[]
  published: string | null
  repository: string | null
  added: string
  sources: string[]
  verified: string | null
  permalink: string
  superseded_by: { label: string; href: string; reason: string | null } | null
  maintenance: 'active' | 'quiet' | 'dormant' | null
}

type Concept = { words: string[]; means: string[] }

/** A word of an entry's text: its search term and the text it stands for there. */
export type PickedWord = { entry: Entry; word: string; shown: string }

/**
 * Issue 21's typo rule, written here from the issue rather than taken from the site: none under four
 * letters, one from four, two from eight.
 */
export const typosAllowed = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2)

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swap of neighbours is one edit), the test's
 * own, so that the site's is checked against it and not against itself.
 */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const options = [
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      ]
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        options.push(d[i - 2]![j - 2]! + 1)
      d[i]![j] = Math.min(...options)
    }
  return d[a.length]![b.length]!
}

/**
 * `word` with `swaps` pairs of neighbouring letters swapped, every way that is exactly `swaps` edits from
 * it: one swap is one edit (Damerau), two swaps that share no letter are two.
 */
export function swapMisspellings(word: string, swaps: 1 | 2): string[] {
  const swapAt = (text: string, at: number) =>
    text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2)
  const found = new Set<string>()
  for (let first = 0; first + 1 < word.length; first++) {
    const once = swapAt(word, first)
    if (swaps === 1) found.add(once)
    else for (let second = first + 2; second + 1 < word.length; second++) found.add(swapAt(once, second))
  }
  return [...found].filter((misspelt) => editDistance(word, misspelt) === swaps)
}

/**
 * The published catalogue (/entries.json) and the concept table the built search uses, read as search
 * reads them, to work out what a page should show independently of how it shows it.
 */
export class Catalog {
  readonly topics: Topic[]
  /** Every term of every entry's searchable text. */
  readonly vocabulary: Set<string>
  private readonly termsByEntry: Map<Entry, Set<string>>
  private readonly conceptTerms: Set<string>

  constructor(
    readonly entries: Entry[],
    concepts: Concept[],
  ) {
    const topics = new Map(entries.flatMap((entry) => entry.topics.map((topic) => [topic.slug, topic])))
    this.topics = [...topics.values()]
    this.termsByEntry = new Map(entries.map((entry) => [entry, new Set(searchableTerms(entry))]))
    this.vocabulary = new Set([...this.termsByEntry.values()].flatMap((terms) => [...terms]))
    this.conceptTerms = new Set(concepts.flatMap((concept) => concept.words.flatMap(termsOf)))
  }

  entry(slug: string): Entry {
    const found = this.entries.find((entry) => entry.slug === slug)
    expect(found, `entries.json has ${slug}`).toBeDefined()
    return found!
  }

  inTopic(slug: string): Entry[] {
    return this.entries.filter((entry) => hasTopic(entry, slug))
  }

  ofType(type: string): Entry[] {
    return this.entries.filter((entry) => entry.type === type)
  }

  /** The topics, the one with the most entries first. */
  topicsBySize(): Topic[] {
    return this.topics.toSorted((a, b) => this.inTopic(b.slug).length - this.inTopic(a.slug).length)
  }

  /** The media types entries have, the most common first. */
  typesBySize(): MediaType[] {
    return [...new Set(this.entries.map((entry) => entry.type))].toSorted(
      (a, b) => this.ofType(b).length - this.ofType(a).length,
    )
  }

  /** Whether an entry's searchable text holds the word, or a word starting with it. */
  mentions(entry: Entry, word: string): boolean {
    for (const term of this.termsByEntry.get(entry)!) if (term.startsWith(word)) return true
    return false
  }

  mentioning(word: string, among: readonly Entry[] = this.entries): Entry[] {
    return among.filter((entry) => this.mentions(entry, word))
  }

  /** A word of the catalogue, or the start of one: search takes it as typed, never as a misspelling. */
  isKnown(word: string): boolean {
    for (const term of this.vocabulary) if (term.startsWith(word)) return true
    return false
  }

  /** Catalogue words within `edits` of `word`. */
  wordsWithin(word: string, edits: number): string[] {
    return [...this.vocabulary].filter(
      (term) => Math.abs(term.length - word.length) <= edits && editDistance(word, term) <= edits,
    )
  }

  /**
   * The entries search would add for `word` if it also read it as a misspelling: those holding no word
   * that starts with it, but a catalogue word within the typo rule of it ("every" for "celery").
   */
  nearSpellingEntries(word: string): Entry[] {
    const near = this.wordsWithin(word, typosAllowed(word)).filter((term) => !term.startsWith(word))
    return this.entries.filter(
      (entry) => !this.mentions(entry, word) && near.some((term) => this.termsByEntry.get(entry)!.has(term)),
    )
  }

  /**
   * A word to type that search reads as itself: letters only, at least four of them, no stop word, no
   * word of the concept table (which widens a query), unchanged by the plural stemming.
   */
  isPlainWord(word: string): boolean {
    const terms = termsOf(word)
    return (
      /^[a-z]{4,}$/.test(word) &&
      terms.length === 1 &&
      terms[0] === word &&
      !STOP_WORDS.has(word) &&
      !this.conceptTerms.has(word)
    )
  }

  /** Plain words of a text, each with the text it stands for there. */
  plainWordsOf(entry: Entry, text: string): PickedWord[] {
    return tokenize(text)
      .map((token) => ({ entry, word: token.term, shown: text.slice(token.start, token.end + 1) }))
      .filter(({ word }) => this.isPlainWord(word))
  }

  /** Plain words of entries' titles, in catalogue order. */
  titleWords(among: readonly Entry[] = this.entries): PickedWord[] {
    return among.flatMap((entry) => this.plainWordsOf(entry, entry.title))
  }

  /** A word of an entry's title that no other entry's text holds: typed, it finds that entry alone. */
  uniqueTitleWords(among: readonly Entry[] = this.entries): PickedWord[] {
    return this.titleWords(among).filter(({ word }) => this.mentioning(word).length === 1)
  }

  /**
   * A title word no other entry holds, misspelt by swapping neighbours so that it is within the typo
   * rule of that word and of no other catalogue word: typed, it finds that one entry.
   */
  misspeltTitleWords(lengths: [number, number], swaps: 1 | 2 = 1): (PickedWord & { misspelt: string })[] {
    return this.uniqueTitleWords()
      .filter(({ word }) => word.length >= lengths[0] && word.length <= lengths[1])
      .flatMap((picked) =>
        swapMisspellings(picked.word, swaps)
          .filter((misspelt) => this.isPlainWord(misspelt) && !this.isKnown(misspelt))
          .filter((misspelt) => this.wordsWithin(misspelt, typosAllowed(misspelt)).join() === picked.word)
          .map((misspelt) => ({ ...picked, misspelt })),
      )
  }

  /** Plain words of these entries' titles, each with the entries among them that mention it, the most first. */
  titleWordsAmong(among: readonly Entry[]): { word: string; entries: Entry[] }[] {
    return [...new Set(this.titleWords(among).map(({ word }) => word))]
      .map((word) => ({ word, entries: this.mentioning(word, among) }))
      .toSorted((a, b) => b.entries.length - a.entries.length || a.word.localeCompare(b.word))
  }

  /**
   * Plain words the catalogue holds, each with the entries that mention it, the most mentioned first:
   * queries whose results can be worked out from entries.json.
   */
  commonWords(): { word: string; entries: Entry[] }[] {
    return [...this.vocabulary]
      .filter((word) => this.isPlainWord(word))
      .map((word) => ({ word, entries: this.mentioning(word) }))
      .toSorted((a, b) => b.entries.length - a.entries.length || a.word.localeCompare(b.word))
  }

  /**
   * Made-up words: no entry mentions them, and no catalogue word is within the typo rule or one edit
   * beyond it, so search finds nothing for them and "Did you mean" has nothing to offer.
   */
  madeUpWords(count: number): string[] {
    const found: string[] = []
    const consonants = 'bdfgjkpqvxz'
    const vowels = 'aeiou'
    // A fixed sequence of pronounceable nonsense: the same words on every run over the same catalogue.
    let seed = 7
    const next = (letters: string) =>
      letters[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % letters.length]!
    while (found.length < count) {
      const word = Array.from({ length: 7 }, (_, i) => next(i % 2 ? vowels : consonants)).join('')
      if (!this.isPlainWord(word) || this.isKnown(word)) continue
      if (this.wordsWithin(word, typosAllowed(word) + 1).length === 0) found.push(word)
    }
    return found
  }
}

/** Whether a text holds the word, or a word starting with it, as search reads text. */
export const textHolds = (text: string, word: string) => termsOf(text).some((term) => term.startsWith(word))

export const hasTopic = (entry: Entry, slug: string) => entry.topics.some((topic) => topic.slug === slug)

/** What search reads of an entry: title, keywords, authors, topic titles, host, media type, description. */
function searchableTerms(entry: Entry): string[] {
  return [
    entry.title,
    entry.keywords.join(' '),
    entry.authors.join(' '),
    entry.topics.map((topic) => topic.title).join(' '),
    entry.host,
    mediaTypeLabel(entry.type),
    entry.description,
  ].flatMap(termsOf)
}

/** The published catalogue and the concept table of the build the page is served from. */
export async function loadCatalog(page: Page): Promise<Catalog> {
  const [exported, searchIndex] = await Promise.all(
    ['entries.json', 'search-index.json'].map(async (path) => {
      const response = await page.request.get(path)
      expect(response.ok(), path).toBe(true)
      return response.json()
    }),
  )
  const { entries } = exported as { entries: Entry[] }
  const { concepts } = searchIndex as { concepts: Concept[] }
  expect(Array.isArray(concepts), 'search-index.json carries the concept table').toBe(true)
  return new Catalog(entries, concepts)
}

/** The first of a list the test needs, failing with what was wanted when the catalogue has none. */
export function first<T>(found: readonly T[], wanted: string): T {
  expect(found.length, `the catalogue has ${wanted}`).toBeGreaterThan(0)
  return found[0]!
}
