/**
 * A trigram index over the catalogue's vocabulary: which words contain which three-letter runs. The
 * engine asks it for the few dozen words a misspelt query word may mean, then measures each one's edit
 * distance. Misspellings keep most of their trigrams (`pgbouncr` shares 6 of its 8 with `pgbouncer`).
 */

export type TrigramIndex = Map<string, number[]>

export type Candidate = { id: number; share: number }

/** The distinct trigrams of a word, padded so that its first and last letters count too. */
export function trigramsOf(word: string): Set<string> {
  const padded = ` ${word} `
  const grams = new Set<string>()
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3))
  return grams
}

/** Adds word `id`; each word is added once, in ascending order of id. */
export function indexWord(index: TrigramIndex, id: number, word: string): void {
  for (const gram of trigramsOf(word)) {
    const ids = index.get(gram)
    if (ids) ids.push(id)
    else index.set(gram, [id])
  }
}

/** Words sharing at least `minShare` of the word's trigrams, most shared first. */
export function findCandidates(index: TrigramIndex, word: string, minShare: number): Candidate[] {
  const grams = trigramsOf(word)
  const counts = new Map<number, number>()
  for (const gram of grams) for (const id of index.get(gram) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1)
  const needed = Math.max(1, Math.ceil(grams.size * minShare))
  const candidates: Candidate[] = []
  for (const [id, count] of counts) if (count >= needed) candidates.push({ id, share: count / grams.size })
  return candidates.sort((a, b) => b.share - a.share || a.id - b.id)
}
