import { FACETS, type FacetKey } from './facets'
import type { SearchDoc } from './search-doc'

/**
 * Every document's facet values as small integers ("codes"), worked out once per document: filtering
 * and counting thousands of hits on each keystroke then loop over numbers instead of calling each
 * facet's `valuesOf` and counting in string-keyed records.
 */
export type FacetTable = {
  /** code → its facet (the place in FACETS) and its value */
  facetOf: number[]
  valueOf: string[]
  codeOf: Map<string, number>
  /** each document's codes, every facet together, by its place in the catalogue */
  codesById: Uint16Array[]
}

const keyOf = (facet: number, value: string) => `${facet}:${value}`

export function createFacetTable(docs: readonly SearchDoc[]): FacetTable {
  const table: FacetTable = { facetOf: [], valueOf: [], codeOf: new Map(), codesById: [] }
  for (const doc of docs) {
    const codes: number[] = []
    FACETS.forEach((spec, facet) => {
      for (const value of spec.valuesOf(doc)) {
        const key = keyOf(facet, value)
        let code = table.codeOf.get(key)
        if (code === undefined) {
          code = table.valueOf.length
          table.codeOf.set(key, code)
          table.valueOf.push(value)
          table.facetOf.push(facet)
        }
        codes.push(code)
      }
    })
    table.codesById.push(Uint16Array.from(codes))
  }
  return table
}

const NO_CODES = new Uint16Array(0)

export function codesOf(table: FacetTable, id: number): Uint16Array {
  return table.codesById[id] ?? NO_CODES
}

export type WantedCodes = {
  /** 1 for each code that is one of the wanted values */
  wanted: Uint8Array
  /** the facets, as bits, that want any value */
  facets: number
}

export function wantedCodes(
  table: FacetTable,
  wanted: Partial<Record<FacetKey, readonly string[]>>,
): WantedCodes {
  const flags = new Uint8Array(table.valueOf.length)
  let facets = 0
  FACETS.forEach((spec, facet) => {
    const values = wanted[spec.key]
    if (!values || values.length === 0) return
    facets |= 1 << facet
    for (const value of values) {
      const code = table.codeOf.get(keyOf(facet, value))
      if (code !== undefined) flags[code] = 1
    }
  })
  return { wanted: flags, facets }
}

/** The facets (as bits) among `wanted.facets` for which the document has no wanted value. */
export function facetsFailed(table: FacetTable, codes: Uint16Array, wanted: WantedCodes): number {
  if (wanted.facets === 0) return 0
  let satisfied = 0
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!
    if (wanted.wanted[code]) satisfied |= 1 << table.facetOf[code]!
  }
  return wanted.facets & ~satisfied
}
