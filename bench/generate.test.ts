import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import matter from 'gray-matter'
import { describe, expect, it } from 'vitest'

import { validateContent } from '../tools/content/content-rules'
import { MEDIA_TYPES } from '../lib/schema/media-types'
import { DESCRIPTION_WORDS, generateCatalogue, mulberry32 } from './generate'
import { landmarkSlug, LANDMARKS } from './landmarks'

const TOPICS_DIR = join(process.cwd(), 'content', 'topics')
const topicFiles = readdirSync(TOPICS_DIR)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ path: `content/topics/${name}`, bytes: readFileSync(join(TOPICS_DIR, name)) }))
const topicSlugs = topicFiles.map((file) => file.path.replace(/^.*\/|\.md$/g, ''))

describe('generateCatalogue', () => {
  const catalogue = generateCatalogue({ size: 500, seed: 7, topicSlugs })

  it('gives identical files for the same seed and different files for another seed', () => {
    expect(generateCatalogue({ size: 500, seed: 7, topicSlugs })).toEqual(catalogue)
    const other = generateCatalogue({ size: 500, seed: 8, topicSlugs })
    expect(other.map((file) => file.text)).not.toEqual(catalogue.map((file) => file.text))
  })

  it('makes exactly the requested number of entries, with unique paths', () => {
    expect(catalogue).toHaveLength(500)
    expect(new Set(catalogue.map((file) => file.path)).size).toBe(500)
    expect(generateCatalogue({ size: 1, seed: 7, topicSlugs })).toHaveLength(1)
    expect(() => generateCatalogue({ size: 0, seed: 7, topicSlugs })).toThrow(/size/)
  })

  it('writes files that pass the content rules, beside the real topics', () => {
    const entries = catalogue.map((file) => ({ path: `content/${file.path}`, bytes: file.text }))
    expect(validateContent({ entries, topics: topicFiles })).toEqual([])
  })

  it('covers all media types, 1–3 real topics, and descriptions of 20–80 words', () => {
    const data = catalogue.map((file) => matter(file.text))
    expect(new Set(data.map((parsed) => parsed.data.type))).toEqual(new Set(MEDIA_TYPES))
    for (const parsed of data) {
      const topics = parsed.data.topics as string[]
      expect(topics.length).toBeGreaterThanOrEqual(1)
      expect(topics.length).toBeLessThanOrEqual(3)
      for (const topic of topics) expect(topicSlugs).toContain(topic)
      const words = parsed.content.trim().split(/\s+/).length
      expect(words).toBeGreaterThanOrEqual(DESCRIPTION_WORDS.min)
      expect(words).toBeLessThanOrEqual(DESCRIPTION_WORDS.max)
    }
    const hosts = new Set(data.map((parsed) => new URL(parsed.data.url as string).hostname))
    expect(hosts.size).toBeGreaterThan(20)
  })
})

/** Levenshtein distance, for checking that a typo query is one slip away from its title. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost))
    }
    row = next
  }
  return row[b.length] ?? 0
}

describe('landmarks (the typo queries and the entry each one means)', () => {
  const catalogue = generateCatalogue({ size: 500, seed: 7, topicSlugs })
  const titleOf = (text: string) => String(matter(text).data.title)

  it('puts each landmark in the catalogue exactly once, under its own slug, from 16 entries up', () => {
    for (const landmark of LANDMARKS) {
      const found = catalogue.filter((file) => titleOf(file.text) === landmark.title)
      expect(found.map((file) => file.path)).toEqual([`entries/${landmarkSlug(landmark)}.md`])
    }
    const small = generateCatalogue({ size: 10, seed: 7, topicSlugs })
    expect(small.some((file) => LANDMARKS.some((l) => titleOf(file.text) === l.title))).toBe(false)
  })

  it('leaves the other entries as they were without landmarks', () => {
    const paths = new Set(LANDMARKS.map((landmark) => `entries/${landmarkSlug(landmark)}.md`))
    const withLandmarks = generateCatalogue({ size: 500, seed: 7, topicSlugs })
    const changed = withLandmarks.filter((file) => paths.has(file.path))
    expect(changed).toHaveLength(LANDMARKS.length)
    // Growing the catalogue never moves an ordinary entry's text: its slug carries its index.
    const bigger = new Set(generateCatalogue({ size: 600, seed: 7, topicSlugs }).map((f) => f.text))
    const kept = withLandmarks.filter((file) => !paths.has(file.path) && bigger.has(file.text))
    expect(kept.length).toBeGreaterThan(480)
  })

  it('gives each landmark a query with a misspelt word one or two edits from a word of its title', () => {
    for (const { query, title } of LANDMARKS) {
      const titleWords = title.toLowerCase().split(/[^a-z0-9]+/)
      const misspelt = query.split(' ').filter((word) => !titleWords.includes(word))
      expect(misspelt, query).toHaveLength(1)
      const nearest = Math.min(...titleWords.map((word) => editDistance(misspelt[0] ?? '', word)))
      expect(nearest, query).toBeGreaterThanOrEqual(1)
      expect(nearest, query).toBeLessThanOrEqual(2)
    }
  })
})

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const first = mulberry32(42)
    const second = mulberry32(42)
    const values = Array.from({ length: 1000 }, () => first())
    expect(Array.from({ length: 1000 }, () => second())).toEqual(values)
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true)
    expect(new Set(values).size).toBeGreaterThan(990)
  })
})
