import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { runSearch } from './model'
import type { SearchDoc } from './search-doc'
import { testDoc } from './search-doc.test-support'
import { createSearchEngine } from './engine'
import { getSearchDocs } from '../content/search-data'
import { FACETS, facetOptions, facetSpec, type FacetKey, type SearchScope } from './facets'
import { EMPTY_STATE, type DirectoryState } from './url-state'
import { compareEntries, compareText } from '../schema/order'

const docs = getSearchDocs()
const engine = createSearchEngine(docs)
const search = (change: Partial<DirectoryState>, scope = {}) =>
  runSearch(engine, { ...EMPTY_STATE, ...change }, scope)
const filters = (change: Partial<DirectoryState['filters']>) => ({ ...EMPTY_STATE.filters, ...change })

describe('filters and counts', () => {
  const all = search({})

  it('lists every entry, by title, with no query and no filter', () => {
    expect(all.hits).toHaveLength(docs.length)
    // The order the server lists use (lib/schema/order.ts), so a list keeps its order when search engages.
    expect(all.hits.map((h) => h.doc.slug)).toEqual(docs.toSorted(compareEntries).map((doc) => doc.slug))
  })

  it('ORs values within a facet', () => {
    const hits = search({ filters: filters({ topic: ['caching', 'connection-pooling'] }) }).hits
    const expected = docs.filter(
      (d) => d.topics.includes('caching') || d.topics.includes('connection-pooling'),
    )
    expect(hits.map((h) => h.doc.slug).toSorted()).toEqual(expected.map((d) => d.slug).toSorted())
  })

  it('ANDs facets and applies the query on top', () => {
    const hits = search({ filters: filters({ topic: ['database-orm'], type: ['repository'] }) }).hits
    expect(hits.length).toBeGreaterThan(0)
    for (const { doc } of hits) {
      expect(doc.topics).toContain('database-orm')
      expect(doc.type).toBe('repository')
    }
    const narrowed = search({
      q: 'bulk',
      filters: filters({ topic: ['database-orm'], type: ['repository'] }),
    })
    expect(narrowed.hits.length).toBeGreaterThan(0)
    expect(narrowed.hits.length).toBeLessThan(hits.length)
    const unfiltered = new Set(search({ q: 'bulk' }).hits.map((h) => h.doc.slug))
    for (const { doc } of narrowed.hits) {
      expect(unfiltered).toContain(doc.slug)
      expect([doc.topics.includes('database-orm'), doc.type]).toEqual([true, 'repository'])
    }
  })

  it('filters by access and counts the entries of each level', () => {
    for (const level of ['free', 'paid']) {
      const outcome = search({ filters: filters({ access: [level] }) })
      const ofLevel = all.hits.filter((h) => h.doc.access === level).map((h) => h.doc.slug)
      expect(ofLevel.length).toBeGreaterThan(0)
      expect(outcome.hits.map((h) => h.doc.slug)).toEqual(ofLevel)
      expect(outcome.counts.access[level]).toBe(ofLevel.length)
    }
  })

  it('offers an access level no entry has, with the count 0, rather than leaving it out', () => {
    const free = [testDoc({ access: 'free' }), testDoc({ access: 'free' })]
    expect(facetOptions(facetSpec('access'), free)).toEqual([
      { value: 'free', label: 'Free', count: 2 },
      { value: 'paid', label: 'Paid', count: 0 },
    ])
  })

  // The oracle: a facet value's count is the number of documents that carry it and pass every
  // other facet's filter, worked out the slow way for every value of every facet.
  const slowCounts = (selected: DirectoryState['filters']) =>
    Object.fromEntries(
      FACETS.map((spec) => {
        const others = FACETS.filter((other) => other.key !== spec.key)
        const passing = docs.filter((doc) =>
          others.every(
            (other) =>
              selected[other.key].length === 0 ||
              other.valuesOf(doc).some((value) => selected[other.key].includes(value)),
          ),
        )
        const ofFacet: Record<string, number> = {}
        for (const doc of passing)
          for (const value of spec.valuesOf(doc)) ofFacet[value] = (ofFacet[value] ?? 0) + 1
        return [spec.key, ofFacet]
      }),
    )

  it.each([
    ['nothing ticked', {}],
    ['one media type', { type: ['video'] }],
    ['a topic', { topic: ['caching'] }],
    ['two topics and a type', { topic: ['caching', 'database-orm'], type: ['repository'] }],
    ['every facet', { topic: ['case-studies'], type: ['video', 'audio'], access: ['free'] }],
    ['a filter nothing passes', { type: ['book'], access: ['paid'] }],
  ])('counts each facet value under every other filter: %s', (_, change) => {
    const selected = filters(change)
    expect(search({ filters: selected }).counts).toEqual(slowCounts(selected))
  })

  it('counts under the query and the scope too', () => {
    const outcome = search({ q: 'django', filters: filters({ type: ['video'] }) }, { topic: 'case-studies' })
    const matching = new Set(search({ q: 'django' }).hits.map((h) => h.doc.slug))
    const inScope = docs.filter((d) => matching.has(d.slug) && d.topics.includes('case-studies'))
    expect(outcome.counts.type.video).toBe(inScope.filter((d) => d.type === 'video').length)
    expect(outcome.counts.type.article ?? 0).toBe(inScope.filter((d) => d.type === 'article').length)
    expect(outcome.hits.length).toBe(inScope.filter((d) => d.type === 'video').length)
  })

  it('keeps results inside a scope', () => {
    const outcome = search({ q: 'django' }, { topic: 'case-studies' })
    expect(outcome.hits.length).toBeGreaterThan(0)
    for (const { doc } of outcome.hits) expect(doc.topics).toContain('case-studies')
  })

  it('sorts by recently added on request: newest first, then by title', () => {
    const hits = search({ sort: 'added' }).hits.map((h) => h.doc)
    expect(hits).toHaveLength(docs.length)
    // The real content has several entries added on the same day, so the tie-break is exercised too.
    expect(new Set(hits.map((doc) => doc.added)).size).toBeLessThan(hits.length)
    for (const [index, doc] of hits.slice(1).entries()) {
      const before = hits[index]!
      expect(before.added >= doc.added, `${before.slug} before ${doc.slug}`).toBe(true)
      if (before.added === doc.added) expect(compareText(before.title, doc.title)).toBeLessThanOrEqual(0)
    }
  })

  it('sorts by published date on request: newest first, undated last', () => {
    const published = search({ sort: 'published' }).hits.map((h) => h.doc.published ?? '')
    expect(published).toEqual(published.toSorted().toReversed())
    expect(published.at(-1)).toBe('')
  })
})

describe('maintenance facet and last-release sort', () => {
  it('counts only packages with a class, and narrows to the ticked class', () => {
    const counts = search({}).counts.maintenance
    const classed = docs.filter((doc) => doc.maintenance !== null)
    expect(classed.length).toBeGreaterThan(0)
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(classed.length)
    expect(counts.dormant).toBe(docs.filter((doc) => doc.maintenance === 'dormant').length)
    const dormant = search({ filters: filters({ maintenance: ['dormant'] }) }).hits.map((hit) => hit.doc)
    expect(dormant.length).toBe(counts.dormant)
    for (const doc of dormant) expect(doc.maintenance).toBe('dormant')
  })

  it('puts the newest release first and entries without a release last', () => {
    const releases = search({ sort: 'release' }).hits.map((hit) => hit.doc.lastRelease)
    const known = releases.filter((release) => release !== null)
    expect(known.length).toBeGreaterThan(1)
    expect(releases.slice(0, known.length)).toEqual(known.toSorted().toReversed())
    expect(releases.slice(known.length).every((release) => release === null)).toBe(true)
  })
})

describe('the Django facet', () => {
  const packages = [
    testDoc({ slug: 'p-old', title: 'cache one', type: 'repository', djangoDeclared: ['5.2'] }),
    testDoc({ slug: 'p-new', title: 'cache two', type: 'repository', djangoDeclared: ['5.2', '6.0', '6.1'] }),
    testDoc({
      slug: 'p-paid',
      title: 'cache three',
      type: 'repository',
      access: 'paid',
      djangoDeclared: ['6.1'],
    }),
    testDoc({ slug: 'p-none', title: 'cache four', type: 'repository' }),
    testDoc({ slug: 'a-talk', title: 'cache talk', type: 'video', writtenForDjango: '6.1' }),
  ]
  const small = createSearchEngine(packages)
  const run = (change: Partial<DirectoryState>) => runSearch(small, { ...EMPTY_STATE, ...change })
  const slugs = (outcome: ReturnType<typeof run>) => outcome.hits.map((hit) => hit.doc.slug).toSorted()

  it('keeps the packages that declare a ticked series, several series widening', () => {
    expect(slugs(run({ filters: filters({ django: ['6.1'] }) }))).toEqual(['p-new', 'p-paid'])
    expect(slugs(run({ filters: filters({ django: ['5.2', '6.1'] }) }))).toEqual(['p-new', 'p-old', 'p-paid'])
    // An article written for a series declares nothing: the facet is about packages.
    expect(slugs(run({ filters: filters({ django: ['6.1'] }) }))).not.toContain('a-talk')
  })

  it('counts each series as ticking it would give, with the other facets and the query applied', () => {
    expect(run({}).counts.django).toEqual({ '5.2': 2, '6.0': 1, '6.1': 2 })
    const free = run({ filters: filters({ access: ['free'], django: ['5.2'] }) })
    expect(slugs(free)).toEqual(['p-new', 'p-old'])
    expect(free.counts.django).toEqual({ '5.2': 2, '6.0': 1, '6.1': 1 })
    expect(free.counts.access).toEqual({ free: 2 })
    expect(run({ q: 'two', filters: filters({ django: ['6.1'] }) }).counts.django).toEqual({
      '5.2': 1,
      '6.0': 1,
      '6.1': 1,
    })
  })
})

describe('facet counts and filters, against a plain count of every hit', () => {
  /** What runSearch must give, worked out the slow, obvious way from each facet's valuesOf. */
  function oracle(state: DirectoryState, scope: SearchScope) {
    const answer = state.q.trim() ? engine.find(state.q) : { hits: docs.map((doc) => ({ doc })), close: [] }
    // What the page shows: the hits, or the close matches when no entry matches the whole query.
    const found = answer.hits.length > 0 ? answer.hits : answer.close
    const has = (doc: SearchDoc, key: FacetKey, wanted: readonly string[]) =>
      facetSpec(key)
        .valuesOf(doc)
        .some((value) => wanted.includes(value))
    const counts = Object.fromEntries(FACETS.map((spec) => [spec.key, {} as Record<string, number>]))
    const slugs: string[] = []
    for (const { doc } of found) {
      if (FACETS.some((spec) => scope[spec.key] !== undefined && !has(doc, spec.key, [scope[spec.key]!])))
        continue
      const failing = FACETS.filter(
        (spec) => state.filters[spec.key].length > 0 && !has(doc, spec.key, state.filters[spec.key]),
      )
      if (failing.length === 0) slugs.push(doc.slug)
      for (const spec of FACETS) {
        if (failing.length > 1 || (failing.length === 1 && failing[0] !== spec)) continue
        for (const value of spec.valuesOf(doc)) counts[spec.key]![value] = (counts[spec.key]![value] ?? 0) + 1
      }
    }
    return { slugs: slugs.toSorted(), counts }
  }

  const valuesOfFacet = (key: FacetKey) => [
    ...new Set(docs.flatMap((doc) => facetSpec(key).valuesOf(doc))),
    'not-a-value',
  ]
  const pick = (key: FacetKey) => fc.subarray(valuesOfFacet(key), { maxLength: 2 })

  it('counts each value as ticking it would give, with any query, filters and scope', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'django', 'cache', 'postgres worker', 'q', 'caching zzqxjv', 'angular forms'),
        fc.record({
          topic: pick('topic'),
          type: pick('type'),
          access: pick('access'),
          maintenance: pick('maintenance'),
          django: pick('django'),
        }),
        fc.option(fc.constantFrom(...valuesOfFacet('topic')), { nil: undefined }),
        (q, chosen, topicScope) => {
          const state = { ...EMPTY_STATE, q, filters: chosen }
          const scope: SearchScope = topicScope === undefined ? {} : { topic: topicScope }
          const outcome = runSearch(engine, state, scope)
          const expected = oracle(state, scope)
          const shown = outcome.hits.length > 0 ? outcome.hits : outcome.close
          expect(shown.map((hit) => hit.doc.slug).toSorted()).toEqual(expected.slugs)
          expect(outcome.counts).toEqual(expected.counts)
        },
      ),
      { numRuns: 150 },
    )
  })
})
