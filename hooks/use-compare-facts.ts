'use client'

import { useEffect, useMemo, useState } from 'react'

import type { CompareData, CompareFacts } from '../lib/compare/facts'
import { comparePartOf } from '../lib/compare/parts'

export type CompareFactsState = {
  status: 'loading' | 'failed' | 'ready'
  /** The facts of every entry in the parts loaded so far, by slug. */
  bySlug: ReadonlyMap<string, CompareFacts>
  topics: Readonly<Record<string, string>>
}

// One request per part and page load, however often the comparison changes.
const requests = new Map<string, Promise<CompareData>>()

function load(url: string): Promise<CompareData> {
  let request = requests.get(url)
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`)
      return response.json() as Promise<CompareData>
    })
    request.catch(() => requests.delete(url))
    requests.set(url, request)
  }
  return request
}

/**
 * The facts of the entries named, from the parts of the comparison data that hold them (`partUrls`, in
 * part order): only those parts are fetched, and an address naming nothing fetches nothing.
 */
export function useCompareFacts(partUrls: readonly string[], names: readonly string[]): CompareFactsState {
  const wanted = useMemo(
    () => [...new Set(names.map((name) => partUrls[comparePartOf(name, partUrls.length)]!))],
    [partUrls, names],
  )
  const [loaded, setLoaded] = useState<ReadonlyMap<string, CompareData | 'failed'>>(new Map())

  useEffect(() => {
    let current = true
    for (const url of wanted) {
      load(url).then(
        (part) =>
          current && setLoaded((before) => (before.has(url) ? before : new Map(before).set(url, part))),
        () => current && setLoaded((before) => new Map(before).set(url, 'failed')),
      )
    }
    return () => {
      current = false
    }
  }, [wanted])

  return useMemo(() => {
    const parts = wanted.map((url) => loaded.get(url))
    const status = parts.includes('failed') ? 'failed' : parts.includes(undefined) ? 'loading' : 'ready'
    const bySlug = new Map<string, CompareFacts>()
    let topics: Record<string, string> = {}
    for (const part of parts) {
      if (!part || part === 'failed') continue
      topics = part.topics
      for (const facts of part.entries) bySlug.set(facts.slug, facts)
    }
    return { status, bySlug, topics }
  }, [wanted, loaded])
}
