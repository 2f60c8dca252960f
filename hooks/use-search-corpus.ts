'use client'

import { useEffect, useRef, useState } from 'react'

import type { SearchEngine } from '../lib/search/engine'
import type { SearchDescriptionsPayload, SearchIndexPayload } from '../lib/search/payload'

export type SearchDataUrls = { index: string; descriptions: string }
export type CorpusStatus = {
  engine: SearchEngine | null
  /** true once loading has ended, with the descriptions or without them: nothing more will arrive */
  settled: boolean
  /** true when the index itself could not be loaded: there is no search */
  failed: boolean
}

/**
 * Fetches the search index when search is first wanted and indexes it in slices; then fetches the
 * descriptions and adds them to the same index. Search works as soon as the first part is in.
 */
export function useSearchCorpus(urls: SearchDataUrls, wanted: boolean): CorpusStatus {
  const [status, setStatus] = useState<CorpusStatus>({ engine: null, settled: false, failed: false })
  const loading = useRef(false)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  useEffect(() => {
    // Once started, loading runs to the end even if the visitor clears the search meanwhile.
    if (!wanted || loading.current) return
    loading.current = true
    const load = async () => {
      // The search code is only downloaded once search is wanted, in one chunk, beside the index.
      const [{ indexCorpus, addDescriptions }, indexData] = await Promise.all([
        import('../lib/search/corpus'),
        fetchJson<SearchIndexPayload>(urls.index),
      ])
      // Titles, keywords, authors, topics and hosts first: search works as soon as they are in.
      const corpus = await indexCorpus(indexData)
      if (!mounted.current) return
      setStatus({ engine: corpus.engine, settled: false, failed: false })

      // The descriptions only once the first results can be shown: they are most of the bytes.
      const descriptions = await fetchJson<SearchDescriptionsPayload>(urls.descriptions)
      const engine = await addDescriptions(corpus, descriptions)
      if (!mounted.current) return
      setStatus({ engine, settled: true, failed: false })
    }
    load().catch(() => {
      // Without descriptions search still works; without the index it cannot. Either way it has settled.
      if (mounted.current)
        setStatus((previous) => ({ ...previous, settled: true, failed: previous.engine === null }))
    })
  }, [urls.index, urls.descriptions, wanted])

  return status
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return (await response.json()) as T
}
