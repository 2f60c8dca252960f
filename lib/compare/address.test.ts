import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  compareAddHref,
  compareHref,
  compareSearch,
  MAX_COMPARED,
  parseCompareAddress,
  resolveComparison,
  type CompareAddress,
} from './address'

const KNOWN = new Set([
  'django-cachalot',
  'django-cacheops',
  'django-redis',
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'g',
])
const isKnown = (slug: string) => KNOWN.has(slug)
const compare = (search: string) => resolveComparison(parseCompareAddress(search), isKnown)

describe('reading e= from the address', () => {
  it('reads the documented form, in order', () => {
    expect(compare('?e=django-cachalot,django-cacheops')).toEqual({
      slugs: ['django-cachalot', 'django-cacheops'],
      unknown: [],
      cut: 0,
    })
    expect(compare('?e=django-redis,django-cachalot').slugs).toEqual(['django-redis', 'django-cachalot'])
  })

  it('accepts repeated parameters, encoded commas and spaces around names', () => {
    expect(compare('?e=django-cachalot&e=django-cacheops').slugs).toEqual([
      'django-cachalot',
      'django-cacheops',
    ])
    expect(compare('?e=django-cachalot%2Cdjango-cacheops').slugs).toEqual([
      'django-cachalot',
      'django-cacheops',
    ])
    expect(compare('?e=+django-cachalot+,+django-cacheops').slugs).toEqual([
      'django-cachalot',
      'django-cacheops',
    ])
  })

  it('ignores repeats, empty parts and other parameters', () => {
    expect(compare('?q=x&e=a,,a,b,a,&sort=title').slugs).toEqual(['a', 'b'])
  })

  it('sets aside names of no entry, and says which', () => {
    expect(compare('?e=a,no-such-entry,b')).toEqual({ slugs: ['a', 'b'], unknown: ['no-such-entry'], cut: 0 })
  })

  it('cuts more than six known entries to the first six and counts the rest', () => {
    const result = compare('?e=a,b,c,d,e,f,g,django-redis')
    expect(result.slugs).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(result.cut).toBe(2)
  })

  it('does not count unknown names towards the six', () => {
    expect(compare('?e=x1,a,x2,b,c,d,e,f')).toMatchObject({ slugs: ['a', 'b', 'c', 'd', 'e', 'f'], cut: 0 })
  })

  it('counts markup and other non-names as malformed and never returns them', () => {
    const address = parseCompareAddress('?e=<img src=x onerror=alert(1)>,a,javascript:alert(1),%00,b')
    expect(address).toEqual({ names: ['a', 'b'], malformed: 3, add: null })
  })

  it('reads nothing from an address without e=, or with a broken escape', () => {
    expect(parseCompareAddress('')).toEqual({ names: [], malformed: 0, add: null })
    expect(parseCompareAddress('?q=cache')).toEqual({ names: [], malformed: 0, add: null })
    expect(parseCompareAddress('?e=%E0%A4%A').names).toEqual([])
  })

  it('reads add= as the entry to add to the picks, when it can be a slug', () => {
    expect(parseCompareAddress('?add=django-cachalot').add).toBe('django-cachalot')
    expect(parseCompareAddress('?e=a,b&add=c')).toEqual({ names: ['a', 'b'], malformed: 0, add: 'c' })
    expect(parseCompareAddress('?add=%3Cscript%3E').add).toBeNull()
    expect(parseCompareAddress(`?add=${'x'.repeat(201)}`).add).toBeNull()
    expect(parseCompareAddress(new URL(compareAddHref('django-cachalot'), 'http://x').search).add).toBe(
      'django-cachalot',
    )
  })

  it('takes names of object properties for what they are: names of no entry', () => {
    expect(parseCompareAddress('?e=__proto__,constructor')).toEqual({
      names: ['constructor'],
      malformed: 1,
      add: null,
    })
    expect(compare('?e=__proto__,constructor,a')).toEqual({ slugs: ['a'], unknown: ['constructor'], cut: 0 })
  })

  it('writes an address that reads back to the same comparison', () => {
    const slugs = ['django-cachalot', 'django-cacheops', 'django-redis']
    expect(compareSearch(slugs)).toBe('?e=django-cachalot,django-cacheops,django-redis')
    expect(compareHref(slugs)).toBe('/compare/?e=django-cachalot,django-cacheops,django-redis')
    expect(compare(compareSearch(slugs)).slugs).toEqual(slugs)
    expect(compareSearch([])).toBe('')
  })

  it('never throws and stays in bounds, whatever the address holds', () => {
    const pieces = fc.constantFrom(
      '?',
      '&',
      '=',
      ',',
      '%',
      '%00',
      '%2C',
      '%E0%A4%A',
      'e',
      'e=',
      'a',
      'b',
      'g',
      '<',
      '>',
      ' ',
      '\u0000',
      '\uD800',
      '__proto__',
      'django-redis',
    )
    const search = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(search, (text) => {
        const address: CompareAddress = parseCompareAddress(text)
        expect(new Set(address.names).size).toBe(address.names.length)
        for (const name of address.names) expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
        const result = resolveComparison(address, isKnown)
        expect(result.slugs.length).toBeLessThanOrEqual(MAX_COMPARED)
        for (const slug of result.slugs) expect(KNOWN.has(slug)).toBe(true)
        expect(compare(compareSearch(result.slugs)).slugs).toEqual(result.slugs)
      }),
      { numRuns: 2000 },
    )
  })
})
