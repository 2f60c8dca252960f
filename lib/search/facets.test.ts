import { describe, expect, it } from 'vitest'

import { FACETS, facetOptions, facetSpec, valueLabel, type FacetPanel } from './facets'
import type { SearchDoc } from './search-doc'

const doc = (slug: string, type: SearchDoc['type'], access: SearchDoc['access'], topics: string[]) =>
  ({ slug, type, access, topics }) as SearchDoc

const DOCS = [
  doc('a', 'video', 'free', ['caching']),
  doc('b', 'video', 'free', ['caching', 'search']),
  doc('c', 'article', 'free', ['search']),
]

describe('facet options', () => {
  it('counts the documents carrying each value, in the order of the choices', () => {
    expect(facetOptions(facetSpec('type'), DOCS)).toEqual([
      { value: 'article', label: 'Articles', count: 1 },
      { value: 'video', label: 'Videos', count: 2 },
    ])
    const topics = [
      { value: 'search', label: 'Search' },
      { value: 'caching', label: 'Caching' },
      { value: 'testing-load', label: 'Testing & load' },
    ]
    expect(facetOptions(facetSpec('topic'), DOCS, topics).map((o) => [o.value, o.count])).toEqual([
      ['search', 2],
      ['caching', 2],
    ])
  })

  it('keeps every access choice even when no entry is paid, with 0', () => {
    expect(facetOptions(facetSpec('access'), DOCS)).toEqual([
      { value: 'free', label: 'Free', count: 3 },
      { value: 'paid', label: 'Paid', count: 0 },
    ])
  })

  it('offers the supported Django series that some package declares, in the order given', () => {
    const packages = [
      { ...doc('p', 'repository', 'free', []), djangoDeclared: ['5.2', '6.0'] },
      { ...doc('q', 'repository', 'free', []), djangoDeclared: ['6.0'] },
      { ...doc('r', 'repository', 'free', []), djangoDeclared: [] },
      { ...doc('s', 'repository', 'free', []), djangoDeclared: ['4.2'] },
    ] as SearchDoc[]
    const supported = [
      { value: '5.2', label: '5.2 LTS' },
      { value: '6.0', label: '6.0' },
      { value: '6.1', label: '6.1' },
    ]
    expect(facetOptions(facetSpec('django'), packages, supported)).toEqual([
      { value: '5.2', label: '5.2 LTS', count: 1 },
      { value: '6.0', label: '6.0', count: 2 },
    ])
  })

  it('names each facet once, as its URL parameter', () => {
    const keys = FACETS.map((spec) => spec.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toEqual(['topic', 'type', 'access', 'maintenance', 'django'])
  })

  it('labels a value by the page, then by the schema, then by itself', () => {
    const panels: FacetPanel[] = [
      { key: 'topic', legend: 'Topic', options: [{ value: 'caching', label: 'Caching', count: 1 }] },
    ]
    expect(valueLabel(panels, 'topic', 'caching')).toBe('Caching')
    expect(valueLabel(panels, 'type', 'book')).toBe('Books')
    expect(valueLabel(panels, 'topic', 'search')).toBe('search')
  })
})
