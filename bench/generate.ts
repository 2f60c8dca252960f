import { MEDIA_TYPES, type MediaType } from '../lib/schema/media-types'
import { slugify } from '../lib/schema/slug'
import { LANDMARKS, landmarkSlug, type Landmark } from './landmarks'
import * as words from './vocabulary'

/**
 * Synthetic catalogues for the bench: realistic entry files about running Django at scale, made
 * from a seed so that the same seed always gives byte-identical files. Pure: nothing is read or
 * written here; build-site.ts writes the files next to a copy of the real topics.
 */

type GeneratedFile = { path: string; text: string }
type CatalogueOptions = { size: number; seed: number; topicSlugs: readonly string[] }

export const DESCRIPTION_WORDS = { min: 20, max: 80 } as const

/** mulberry32: a tiny, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = ReturnType<typeof mulberry32>

const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1))
function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick() needs a non-empty list')
  return item
}
function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items]
  const chosen: T[] = []
  while (chosen.length < count && pool.length > 0)
    chosen.push(...pool.splice(Math.floor(random() * pool.length), 1))
  return chosen
}

// Roughly the mix of the real list: mostly articles and repositories (each type as many times as its weight).
const TYPE_WEIGHTS: Record<MediaType, number> = { article: 45, repository: 25, video: 15, audio: 10, book: 5 }
const WEIGHTED_TYPES = MEDIA_TYPES.flatMap((type) => Array<MediaType>(TYPE_WEIGHTS[type]).fill(type))

function urlFor(host: string, owner: string, slug: string): string {
  if (host === 'pypi.org') return `https://pypi.org/project/${slug}/`
  if (/^(github\.com|gitlab\.com|codeberg\.org)$/.test(host)) return `https://${host}/${owner}/${slug}`
  if (host === 'www.youtube.com') return `https://www.youtube.com/watch?v=${slug}`
  return `https://${host}/${slug}/`
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function titleFor(random: Random, type: MediaType): string {
  const subject = pick(random, words.SUBJECTS)
  const other = pick(random, words.SUBJECTS)
  const company = pick(random, words.COMPANIES)
  switch (type) {
    case 'repository':
      return `django-${slugify(subject)}-${pick(random, ['tools', 'kit', 'backend', 'utils', 'plus', 'lite'])}`
    case 'article':
      return pick(random, [
        `Scaling ${subject} with ${other}`,
        `How ${company} uses ${subject} to fight ${pick(random, words.PAINS)}`,
        `${capitalize(subject)} in production: lessons from ${company}`,
        `A practical guide to ${subject} in Django`,
        `Why ${subject} ${pick(random, words.OUTCOMES)} at ${company}`,
      ])
    case 'audio':
      return `${capitalize(subject)} at ${company} | ${pick(random, words.PODCASTS)}`
    case 'video':
      return `${pick(random, words.CONFERENCES)} ${between(random, 2012, 2026)}: ${capitalize(subject)} and ${other}`
    case 'book':
      return `${capitalize(subject)} for Django: ${pick(random, ['a field guide', 'the definitive handbook', 'from zero to scale', 'patterns and pitfalls'])}`
  }
}

function sentence(random: Random): string {
  const subject = pick(random, words.SUBJECTS)
  const other = pick(random, words.SUBJECTS)
  return pick(random, [
    `Explains how ${subject} behaves under real traffic and where ${other} helps.`,
    `The team at ${pick(random, words.COMPANIES)} ${pick(random, words.OUTCOMES)} after moving to ${subject}.`,
    `Covers ${subject}, ${other} and the trade-offs between them when a site grows.`,
    `Shows how to find ${pick(random, words.PAINS)} with ${subject} before users notice.`,
    `Includes benchmarks, configuration examples and a checklist for ${subject}.`,
    `A good starting point if ${pick(random, words.PAINS)} keep you awake at night.`,
    `Walks through measuring first, then tuning ${subject} one change at a time.`,
  ])
}

/** Whole sentences (each under 20 words) until a target length between the limits. */
function descriptionFor(random: Random): string {
  const target = between(random, DESCRIPTION_WORDS.min, DESCRIPTION_WORDS.max)
  const sentences: string[] = []
  let words = 0
  while (words < target) {
    const next = sentence(random)
    const length = next.split(' ').length
    if (words >= DESCRIPTION_WORDS.min && words + length > DESCRIPTION_WORDS.max) break
    sentences.push(next)
    words += length
  }
  return sentences.join(' ')
}

const DAY_MS = 86_400_000
const FIRST_ADDED = Date.UTC(2024, 0, 1)
const LAST_ADDED = Date.UTC(2026, 10, 25)

/** One entry file; the index makes its slug and URL unique. */
function randomEntryFile(random: Random, index: number, topicSlugs: readonly string[]): GeneratedFile {
  const type = pick(random, WEIGHTED_TYPES)
  const title = titleFor(random, type)
  const slug = `${slugify(title)}-${index.toString(36)}`
  const owner = slugify(pick(random, words.COMPANIES))
  const url = urlFor(pick(random, words.HOSTS_BY_TYPE[type]), owner, slug)
  const topics = pickSome(random, topicSlugs, between(random, 1, 3))
  const added = new Date(FIRST_ADDED + between(random, 0, (LAST_ADDED - FIRST_ADDED) / DAY_MS) * DAY_MS)
  const authors = Array.from(
    { length: between(random, 0, 3) },
    () => `${pick(random, words.FIRST_NAMES)} ${pick(random, words.LAST_NAMES)}`,
  )

  const lines = [
    `title: ${JSON.stringify(title)}`,
    `url: ${url}`,
    `type: ${type}`,
    `topics: [${topics.join(', ')}]`,
    `added: ${added.toISOString().slice(0, 10)}`,
  ]
  if (authors.length > 0) lines.push(`authors: [${authors.map((name) => JSON.stringify(name)).join(', ')}]`)
  if (random() < 0.7) {
    const year = between(random, 2010, 2026)
    lines.push(
      `published: "${random() < 0.5 ? year : `${year}-${String(between(random, 1, 12)).padStart(2, '0')}`}"`,
    )
  }
  if (type === 'audio' || type === 'video') lines.push(`duration: "${between(random, 12, 95)} min"`)
  if (type === 'repository') lines.push(`repository: https://github.com/${owner}/${slug}`)
  return entryFile(slug, lines, descriptionFor(random))
}

const entryFile = (slug: string, frontmatter: string[], description: string): GeneratedFile => ({
  path: `entries/${slug}.md`,
  text: ['---', ...frontmatter, '---', '', description, ''].join('\n'),
})

function landmarkFile(landmark: Landmark, topicSlugs: readonly string[]): GeneratedFile {
  const slug = landmarkSlug(landmark)
  const topic = topicSlugs.includes(landmark.topic) ? landmark.topic : topicSlugs[0]
  const url = `https://engineering.example.net/${slug}/`
  const frontmatter = [`title: ${JSON.stringify(landmark.title)}`, `url: ${url}`, 'type: article']
  return entryFile(slug, [...frontmatter, `topics: [${topic}]`, 'added: 2025-06-01'], landmark.description)
}

/**
 * `size` entry files (paths relative to the content folder), the same for the same seed and topics.
 * From 16 entries up, the LANDMARKS take the place of entries spread over the catalogue (the others
 * stay as they were, so a catalogue only changes where a landmark sits).
 */
export function generateCatalogue({ size, seed, topicSlugs }: CatalogueOptions): GeneratedFile[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`size must be a whole number ≥ 1, got ${size}`)
  if (topicSlugs.length === 0) throw new Error('generateCatalogue needs at least one topic slug')
  const random = mulberry32(seed)
  const files = Array.from({ length: size }, (_, index) => randomEntryFile(random, index, topicSlugs))
  if (size >= LANDMARKS.length * 2)
    for (const [k, landmark] of LANDMARKS.entries())
      files[Math.floor(((k + 0.5) * size) / LANDMARKS.length)] = landmarkFile(landmark, topicSlugs)
  return files
}
