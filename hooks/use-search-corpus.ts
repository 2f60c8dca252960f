'use client'

import { useEffect, useRef, useState } from 'react'

import type { SearchEngine } from '../lib/search/search-doc'
import { AWAITING_RESULTS } from '../lib/search/fold-on-load'
import type { SearchDescriptionsPayload, SearchIndexPayload } from '../lib/search/payload'

export type SearchDataUrls = { index: string; descriptions: string }
export type CorpusStatus = {
  engine: SearchEngine | null
  /** true once loading has ended, with the descriptions or without them: nothing more will arrive */
  settled: boolean
  /** true when the index itself could not be loaded: there is no search */
  failed: boolean
}

/** The search code, one chunk, downloaded once search is wanted. */
let searchCode: Promise<typeof import('../lib/search/corpus')> | null = null
const loadSearchCode = () => (searchCode ??= import('../lib/search/corpus'))
// A page opened on a search (its script marked the island before this module loaded) wants it at
// once, while React hydrates, rather than once it has.
if (typeof document !== 'undefined' && document.querySelector(`[${AWAITING_RESULTS}]`)) void loadSearchCode()

/**
 * Fetches the search index when search is first wanted and indexes it in slices; then fetches the
 * descriptions and adds them to the same index. Search works as soon as the first part is in.
 * `whole`: fetch both at once and give the engine only with the descriptions in, for a page opened
 * on a search, which shows its results once (the page's script has already asked for both files).
 */
export function useSearchCorpus(urls: SearchDataUrls, wanted: boolean, whole: boolean): CorpusStatus {
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
      // The descriptions only once the first results can be shown, unless the page waits for them:
      // they are most of the bytes.
      const descriptionsData = whole ? fetchJson<SearchDescriptionsPayload>(urls.descriptions) : null
      descriptionsData?.catch(() => {}) // awaited below, unless the index fails first
      const [{ indexCorpus, addDescriptions }, indexData] = await Promise.all([
        loadSearchCode(),
        fetchJson<SearchIndexPayload>(urls.index),
      ])
      const corpus = await indexCorpus(indexData)
      if (!mounted.current) return
      const first = { engine: corpus.engine, settled: false, failed: false }
      if (!whole) setStatus(first)
      try {
        const descriptions = await (descriptionsData ??
          fetchJson<SearchDescriptionsPayload>(urls.descriptions))
        const engine = await addDescriptions(corpus, descriptions)
        if (mounted.current) setStatus({ engine, settled: true, failed: false })
      } catch {
        if (mounted.current) setStatus({ ...first, settled: true })
      }
    }
    load().catch(() => {
      if (mounted.current) setStatus({ engine: null, settled: true, failed: true })
    })
  }, [urls.index, urls.descriptions, wanted, whole])

  return status
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return (await response.json()) as T
}
