import { describe, expect, it } from 'vitest'

import { comparePartCount, comparePartOf, ENTRIES_PER_PART } from './parts'

describe('the parts of the comparison data', () => {
  it('grows by one part per ENTRIES_PER_PART entries, and is never empty', () => {
    expect(comparePartCount(0)).toBe(1)
    expect(comparePartCount(ENTRIES_PER_PART)).toBe(1)
    expect(comparePartCount(ENTRIES_PER_PART + 1)).toBe(2)
    expect(comparePartCount(10_000)).toBe(10_000 / ENTRIES_PER_PART)
  })

  it('puts a slug in the same part every time, within range', () => {
    for (const parts of [1, 2, 7, 100]) {
      for (const slug of ['django-cachalot', 'a', '', 'ünïcode', '__proto__']) {
        const part = comparePartOf(slug, parts)
        expect(part).toBe(comparePartOf(slug, parts))
        expect(part).toBeGreaterThanOrEqual(0)
        expect(part).toBeLessThan(parts)
        expect(Number.isInteger(part)).toBe(true)
      }
    }
  })

  it('spreads slugs evenly: no part of 100 holds more than twice its share of 10,000', () => {
    const sizes = new Array<number>(100).fill(0)
    for (let n = 0; n < 10_000; n++) sizes[comparePartOf(`django-package-${n}`, 100)]! += 1
    expect(Math.max(...sizes)).toBeLessThan(200)
    expect(Math.min(...sizes)).toBeGreaterThan(50)
  })
})
