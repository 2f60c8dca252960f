'use client'

import { useEffect, useRef, useState } from 'react'

import {
  decodeSearchIndex,
  withDescriptions,
  type SearchDescriptionsPayload,
  type SearchIndexPayload,
} from './search-payload'
import type { SearchDoc } from './search'
import { createSearchEngine, EXACT_SEARCH_LIMIT, searchableText, type SearchEngine } from './search-engine'
import { createTrigramIndex, indexText, type TrigramIndex } from './trigram-index'

export type SearchDataUrls = { index: string; descriptions: string }
export type CorpusStatus = {
  engine: SearchEngine | null
  /** true once the descriptions are searchable too */
  complete: boolean
  failed: boolean
}

const SLICE = 1_000
// Hands the main thread back between slices of indexing, so typing never waits on a long task.
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

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
      const docs = decodeSearchIndex(await fetchJson<SearchIndexPayload>(urls.index))
      const trigrams = docs.length > EXACT_SEARCH_LIMIT ? createTrigramIndex() : undefined
      if (trigrams) await indexInSlices(trigrams, docs, searchableText)
      if (!mounted.current) return
      setStatus({ engine: createSearchEngine(docs, trigrams), complete: false, failed: false })

      const complete = withDescriptions(docs, await fetchJson<SearchDescriptionsPayload>(urls.descriptions))
      if (trigrams) await indexInSlices(trigrams, complete, (doc) => doc.description)
      if (!mounted.current) return
      setStatus({ engine: createSearchEngine(complete, trigrams), complete: true, failed: false })
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

async function indexInSlices(
  index: TrigramIndex,
  docs: readonly SearchDoc[],
  textOf: (doc: SearchDoc) => string,
) {
  for (let from = 0; from < docs.length; from += SLICE) {
    docs.slice(from, from + SLICE).forEach((doc, offset) => indexText(index, from + offset, textOf(doc)))
    await yieldToMain()
  }
}
