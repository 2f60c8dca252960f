/**
 * A trigram index: which texts contain which three-letter runs of their words. The search engine keeps
 * one over the catalogue's vocabulary, to find in a millisecond the few dozen words a misspelt query
 * word may mean, so that fuse.js only has to score those. Misspellings keep most of their trigrams
 * (`pgbouncr` shares 6 of its 8 with `pgbouncer`), so they are still found.
 */

export type TrigramIndex = {
  /** trigram → ids of the documents that contain it, ascending, each id at most once */
  postings: Map<string, number[]>
  /** the normalised text of each document with a leading space, for the short queries trigrams cannot serve */
  texts: string[]
}

export type Candidate = { id: number; score: number }

/** Lowercase, accents removed, anything but letters and digits turned into single spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The distinct trigrams of a text's words, each word padded so that its edges count too. */
export function trigramsOf(normalized: string): Set<string> {
  const grams = new Set<string>()
  for (const word of normalized.split(' ')) {
    if (!word) continue
    const padded = ` ${word} `
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3))
  }
  return grams
}

export function createTrigramIndex(): TrigramIndex {
  return { postings: new Map(), texts: [] }
}

/** Adds (or extends) the text of document `id`; ids must be added in ascending order per call site. */
export function indexText(index: TrigramIndex, id: number, text: string): void {
  const normalized = normalize(text)
  index.texts[id] = `${index.texts[id] ?? ''} ${normalized}`
  for (const gram of trigramsOf(normalized)) {
    const ids = index.postings.get(gram)
    if (!ids) index.postings.set(gram, [id])
    else if (ids.at(-1) !== id) {
      // Extending an earlier document (its description arriving later) may break the order; keep it sorted.
      if ((ids.at(-1) ?? -1) < id) ids.push(id)
      else if (!ids.includes(id)) ids.splice(sortedInsertPosition(ids, id), 0, id)
    }
  }
}

/**
 * Documents sharing at least `minShare` of the query's trigrams, best first. Queries of one or two
 * characters have no trigram to go on: they match documents with a word starting with them.
 */
export function findCandidates(index: TrigramIndex, query: string, minShare = 0.4): Candidate[] {
  const normalized = normalize(query)
  if (!normalized) return []
  if (normalized.replace(/ /g, '').length < 3) return wordPrefixCandidates(index, normalized)

  const grams = [...trigramsOf(normalized)]
  // A typed array and a list of the ids touched: cheaper than a Map when a trigram is in every document.
  const counts = new Uint16Array(index.texts.length)
  const touched: number[] = []
  for (const gram of grams) {
    for (const id of index.postings.get(gram) ?? []) {
      if (counts[id] === 0) touched.push(id)
      counts[id] = (counts[id] ?? 0) + 1
    }
  }
  const needed = Math.max(1, Math.ceil(grams.length * minShare))
  const candidates: Candidate[] = []
  for (const id of touched) {
    const count = counts[id] ?? 0
    if (count >= needed) candidates.push({ id, score: count / grams.length })
  }
  return candidates.sort((a, b) => b.score - a.score || a.id - b.id)
}

function wordPrefixCandidates(index: TrigramIndex, normalized: string): Candidate[] {
  const needle = ` ${normalized}`
  const candidates: Candidate[] = []
  index.texts.forEach((text, id) => {
    const at = text.indexOf(needle)
    // Earlier matches (the title comes first) rank higher.
    if (at !== -1) candidates.push({ id, score: 1 / (1 + at / 100) })
  })
  return candidates.sort((a, b) => b.score - a.score || a.id - b.id)
}

function sortedInsertPosition(ids: number[], id: number): number {
  let low = 0
  let high = ids.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((ids[middle] ?? 0) < id) low = middle + 1
    else high = middle
  }
  return low
}
