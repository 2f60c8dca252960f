import { describe, expect, it } from 'vitest'

import type { CompareFacts } from './facts'
import { factsOf } from './facts.test-support'
import { TOPIC_TABLE_LIMIT, topicPackages, topicTableColumns } from './topic-table'

const state = (value: 'active' | 'quiet' | 'dormant'): CompareFacts['maintenance'] => ({
  state: value,
  asOf: '2026-12-04',
  pushedAt: null,
  archived: false,
})

describe("a topic's ready-made table", () => {
  it('holds packages only, the maintained first, in catalogue order within each class', () => {
    const entries = [
      factsOf('unknown-1'),
      factsOf('dormant-1', { maintenance: state('dormant') }),
      factsOf('an-article', { type: 'article', maintenance: state('active') }),
      factsOf('active-1', { maintenance: state('active') }),
      factsOf('quiet-1', { maintenance: state('quiet') }),
      factsOf('active-2', { maintenance: state('active') }),
    ]
    expect(topicTableColumns(entries).map((entry) => entry.slug)).toEqual([
      'active-1',
      'active-2',
      'quiet-1',
      'dormant-1',
      'unknown-1',
    ])
  })

  it(`shows at most ${TOPIC_TABLE_LIMIT}`, () => {
    const entries = Array.from({ length: 20 }, (_, index) => factsOf(`p${index}`))
    expect(topicPackages(entries)).toHaveLength(20)
    expect(topicTableColumns(entries)).toHaveLength(TOPIC_TABLE_LIMIT)
  })

  it('is not made for a topic with fewer than two packages', () => {
    expect(topicTableColumns([factsOf('one'), factsOf('talk', { type: 'video' })])).toEqual([])
  })
})
