import { describe, expect, it } from 'vitest'

import { entriesOfTopic, getEntries, getListedTopics } from './catalog'
import { compareDataParts, topicComparison, topicsWithComparison } from './compare-data'
import { comparePartOf } from '../compare/parts'
import { getStoredSignals, signalsOf } from './signals'
import { MIN_COMPARED } from '../compare/address'
import { TOPIC_TABLE_LIMIT } from '../compare/topic-table'

describe('the comparison data the build writes', () => {
  const parts = compareDataParts()
  const data = { entries: parts.flatMap((part) => part.entries) }

  it('holds every entry once, in the part its slug names, with the titles of every topic it names', () => {
    expect(data.entries.map((facts) => facts.slug).toSorted()).toEqual(
      getEntries()
        .map((entry) => entry.slug)
        .toSorted(),
    )
    parts.forEach((part, index) => {
      for (const facts of part.entries) {
        expect(comparePartOf(facts.slug, parts.length)).toBe(index)
        for (const topic of facts.topics) expect(part.topics[topic]).toBeTruthy()
      }
    })
  })

  it('carries each stored signal with its source and date, and nothing the signals do not say', () => {
    for (const facts of data.entries) {
      const stored = getStoredSignals(facts.slug)
      expect(facts.release?.version ?? null).toBe(stored?.pypi?.version ?? null)
      expect(facts.release?.observed ?? null).toBe(stored?.pypi?.observed ?? null)
      if (facts.release) expect(stored?.pypi?.source.startsWith(facts.release.source)).toBe(true)
      expect(facts.stars?.count ?? null).toBe(stored?.github?.stars ?? null)
      expect(facts.licence?.spdx ?? null).toBe(stored?.github?.license ?? null)
      expect(facts.link?.status ?? null).toBe(stored?.link?.status ?? null)
    }
  })

  it('gives the maintenance state the entry pages give', () => {
    const bySlug = new Map(data.entries.map((facts) => [facts.slug, facts]))
    for (const entry of getEntries())
      expect(bySlug.get(entry.slug)?.maintenance?.state ?? null).toBe(signalsOf(entry).maintenance)
  })

  it('makes a table for exactly the topics with at least two packages', () => {
    const withTwo = getListedTopics().filter(
      (topic) =>
        entriesOfTopic(topic.slug).filter((entry) => entry.type === 'repository').length >= MIN_COMPARED,
    )
    expect(topicsWithComparison().map((topic) => topic.slug)).toEqual(withTwo.map((topic) => topic.slug))
    for (const topic of withTwo) {
      const { columns, packages } = topicComparison(topic)
      expect(columns.length).toBe(Math.min(packages, TOPIC_TABLE_LIMIT))
      expect(
        columns.every((column) => column.type === 'repository' && column.topics.includes(topic.slug)),
      ).toBe(true)
    }
  })
})
