'use client'

import { useEffect, useState } from 'react'

import { createSearcher, type SearchDoc, type Searcher } from './search'

export type Corpus = { docs: SearchDoc[]; searcher: Searcher }
export type CorpusStatus = { corpus: Corpus | null; failed: boolean }

/** Fetches the search documents once, when they are first wanted, and builds the searcher. */
export function useSearchCorpus(url: string, wanted: boolean): CorpusStatus {
  const [status, setStatus] = useState<CorpusStatus>({ corpus: null, failed: false })
  const needed = wanted && status.corpus === null && !status.failed

  useEffect(() => {
    if (!needed) return
    let cancelled = false
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
        return response.json() as Promise<SearchDoc[]>
      })
      .then((docs) => {
        if (!cancelled) setStatus({ corpus: { docs, searcher: createSearcher(docs) }, failed: false })
      })
      .catch(() => {
        if (!cancelled) setStatus({ corpus: null, failed: true })
      })
    return () => {
      cancelled = true
    }
  }, [url, needed])

  return status
}
