'use client'

import { useEffect, useRef, useState } from 'react'

import type { SearchEngine } from '../lib/search/engine'
import type { SearchDescriptionsPayload, SearchIndexPayload } from '../lib/search/payload'

export type SearchDataUrls = { index: string; descriptions: string }
export type CorpusStatus = {
  engine: SearchEngine | null
  /** true once the descriptions are searchable too */
  complete: boolean
  failed: boolean
}

/**
 * Fetches the search index when search is first wanted and builds the engine in slices; then fetches
 * the descriptions and rebuilds the engine with them. Search works as soon as the index is in.
 */
export function useSearchCorpus(urls: SearchDataUrls, wanted: boolean): CorpusStatus {
  const [status, setStatus] = useState<CorpusStatus>({ engine: null, complete: false, failed: false })
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
      // The engine (fuse.js and the trigram index) is only downloaded once search is wanted.
      const [{ buildSearchEngine }, { decodeSearchIndex, withDescriptions }] = await Promise.all([
        import('../lib/search/engine'),
        import('../lib/search/payload'),
      ])
      const docs = decodeSearchIndex(await fetchJson<SearchIndexPayload>(urls.index))
      const first = await buildSearchEngine(docs)
      if (!mounted.current) return
      setStatus({ engine: first.engine, complete: false, failed: false })

      const complete = withDescriptions(docs, await fetchJson<SearchDescriptionsPayload>(urls.descriptions))
      const { engine } = await buildSearchEngine(complete, {
        index: first.index,
        textOf: (doc) => doc.description,
      })
      if (!mounted.current) return
      setStatus({ engine, complete: true, failed: false })
    }
    load().catch(() => {
      // Without descriptions search still works; without the index it cannot.
      if (mounted.current) setStatus((previous) => ({ ...previous, failed: previous.engine === null }))
    })
  }, [urls.index, urls.descriptions, wanted])

  return status
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return (await response.json()) as T
}
