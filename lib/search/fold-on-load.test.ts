import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { AWAITING_RESULTS, askableValues, asksForSomething, foldOnLoadScript } from './fold-on-load'
import { isEmptyState, parseState } from './url-state'

const vocabulary = { topic: ['caching', 'database-orm', 'async-tasks'] }
const askable = askableValues(vocabulary)

const asksByParser = (search: string) => !isEmptyState(parseState(search, vocabulary))

// Addresses as people and robots write them: known keys and values, near misses, separators, noise.
const key = fc.constantFrom('q', 'topic', 'type', 'access', 'maintenance', 'sort', 'Q', 'page', '')
const value = fc.oneof(
  fc.constantFrom('caching', 'video', 'paid', 'active', 'title', 'relevance', 'added', 'Caching'),
  fc.constantFrom('', ' ', ',', ' caching ', 'caching,,video', '%20', '+', '%2C', 'vid', '\u00a0'),
  fc.string({ maxLength: 6 }),
)
const address = fc
  .array(fc.tuple(key, value), { maxLength: 5 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`)

describe('asksForSomething', () => {
  it('agrees with parseState on any address', () => {
    fc.assert(
      fc.property(fc.oneof(address, fc.string()), (search) => {
        expect(asksForSomething(search, askable)).toBe(asksByParser(search))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads the shared links of the site as asking, and bare or unknown ones as not', () => {
    for (const search of ['?q=celery', '?type=video&sort=added', '?sort=published', '?topic=caching'])
      expect(asksForSomething(search, askable), search).toBe(true)
    for (const search of ['', '?', '?q=%20', '?topic=nonsense', '?sort=newest', '?utm_source=feed'])
      expect(asksForSomething(search, askable), search).toBe(false)
  })

  it('agrees past the parser’s limits: the 51st value of a parameter and text after 20,000 characters', () => {
    const many = `?topic=${Array.from({ length: 50 }, (_, i) => `t${i}`).join(',')},caching`
    const late = `?x=${'a'.repeat(20_000)}&q=celery`
    for (const search of [many, late]) expect(asksForSomething(search, askable)).toBe(asksByParser(search))
  })
})

describe('foldOnLoadScript', () => {
  /** Runs the script's text as the page would, with an address and an element around it. */
  function runInPage(search: string) {
    const island = new Map<string, string>()
    const parentElement = { setAttribute: (name: string, value: string) => island.set(name, value) }
    const preloaded: Record<string, string>[] = []
    const head = { append: (link: Record<string, string>) => preloaded.push({ ...link }) }
    const document = { currentScript: { parentElement }, head, createElement: () => ({}) }
    const script = foldOnLoadScript(askable, ['/base/a.json', '/base/b.json'])
    new Function('location', 'document', script)({ search }, document)
    return { folded: island.has(AWAITING_RESULTS), preloaded }
  }

  it('runs from its own text and marks the island only when the address asks for something', () => {
    expect(runInPage('?q=redis').folded).toBe(true)
    expect(runInPage('?type=video&sort=added').folded).toBe(true)
    expect(runInPage('').folded).toBe(false)
    expect(runInPage('?topic=nonsense').folded).toBe(false)
  })

  it('then preloads the search data as fetch() asks for it, and only then', () => {
    const asFetch = { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' }
    expect(runInPage('?q=redis').preloaded).toEqual([
      { ...asFetch, href: '/base/a.json' },
      { ...asFetch, href: '/base/b.json' },
    ])
    expect(runInPage('').preloaded).toEqual([])
  })
})
