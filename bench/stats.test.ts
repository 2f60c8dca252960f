import { describe, expect, it } from 'vitest'

import { median, medianRecord, percentile } from './stats'

describe('median', () => {
  it('takes the middle value, the mean of the two middle ones for an even count, and skips NaN', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([Number.NaN, 7, 9])).toBe(8)
    expect(median([])).toBeNaN()
  })
})

describe('percentile', () => {
  it('uses the nearest rank: p50 of 1..10 is 5, p95 is 10, p10 is 1', () => {
    const values = Array.from({ length: 10 }, (_, i) => i + 1)
    expect(percentile(values, 0.5)).toBe(5)
    expect(percentile(values, 0.95)).toBe(10)
    expect(percentile(values, 0.1)).toBe(1)
    expect(percentile([], 0.5)).toBeNaN()
  })
})

describe('medianRecord', () => {
  it('takes the median of each field separately', () => {
    expect(
      medianRecord([
        { a: 1, b: 30 },
        { a: 3, b: 10 },
        { a: 2, b: 20 },
      ]),
    ).toEqual({ a: 2, b: 20 })
    expect(() => medianRecord([])).toThrow(/at least one/)
  })
})
