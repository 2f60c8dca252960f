import { describe, expect, it } from 'vitest'

import { toSegments } from './highlight'

describe('toSegments', () => {
  it('marks the ranges and keeps the rest as plain text', () => {
    expect(toSegments('Django Cacheback', [[7, 15]])).toEqual([
      { text: 'Django ', marked: false },
      { text: 'Cacheback', marked: true },
    ])
  })

  it('merges overlapping and adjacent ranges and ignores ranges outside the text', () => {
    expect(
      toSegments('abcdefgh', [
        [4, 4],
        [0, 1],
        [1, 2],
        [10, 12],
      ]),
    ).toEqual([
      { text: 'abc', marked: true },
      { text: 'd', marked: false },
      { text: 'e', marked: true },
      { text: 'fgh', marked: false },
    ])
    expect(
      toSegments('abcdef', [
        [0, 1],
        [2, 3],
      ]),
    ).toEqual([
      { text: 'abcd', marked: true },
      { text: 'ef', marked: false },
    ])
  })

  it('returns the text unchanged without ranges, and never produces markup', () => {
    expect(toSegments('<b>x</b>')).toEqual([{ text: '<b>x</b>', marked: false }])
  })
})
