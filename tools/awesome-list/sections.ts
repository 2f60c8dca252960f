import type { TopicRecord } from '../content/content-rules'
import { isMediaType, MEDIA_TYPES, type MediaType } from '../../lib/schema/media-types'

/** What a heading of a list names: a media type, a topic, a subtree to leave out, or nothing. */
export type HeadingMeaning =
  { kind: 'type'; type: MediaType } | { kind: 'topic'; slug: string } | { kind: 'skip' } | { kind: 'none' }

/** Heading names awesome lists commonly use for each media type, normalised (see normalizeHeading). */
const HEADINGS_OF_TYPE: Record<MediaType, string[]> = {
  repository: [
    'repositories',
    'repository',
    'repos',
    'libraries',
    'library',
    'packages',
    'package',
    'tools',
    'tool',
    'libraries and tools',
    'tools and libraries',
    'projects',
    'apps',
    'django apps',
    'third party packages',
    'third party apps',
    'third party libraries',
  ],
  article: [
    'articles and blogs',
    'articles and blog posts',
    'articles',
    'article',
    'blogs',
    'blog',
    'blog posts',
    'posts',
    'guides',
    'tutorials',
    'documentation',
  ],
  audio: ['audio', 'podcasts', 'podcast', 'podcast episodes', 'episodes'],
  video: [
    'video',
    'videos',
    'talks',
    'talk',
    'conference talks',
    'videos and talks',
    'talks and videos',
    'screencasts',
    'presentations',
  ],
  book: ['books', 'book', 'ebooks', 'e books'],
}

const TYPE_OF_HEADING = new Map(
  MEDIA_TYPES.flatMap((type) => HEADINGS_OF_TYPE[type].map((heading) => [heading, type] as const)),
)

/** Case, "&" versus "and" and punctuation do not matter when matching a heading. */
export function normalizeHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replaceAll('&', ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')
}

export const MAP_FORMS = `"Heading=<media type>|topic:<slug>|skip" (media types: ${MEDIA_TYPES.join(', ')})`

/**
 * Reads `--map "Heading=<media type>|topic:<slug>|skip"` values into meanings keyed by normalised
 * heading, or the problems found (an unknown topic among them).
 */
export function parseHeadingMap(
  values: readonly string[],
  topics: readonly TopicRecord[],
): { map: Map<string, HeadingMeaning>; errors: string[] } {
  const map = new Map<string, HeadingMeaning>()
  const errors: string[] = []
  for (const value of values) {
    const at = value.lastIndexOf('=')
    const heading = at > 0 ? normalizeHeading(value.slice(0, at)) : ''
    const target = at > 0 ? value.slice(at + 1).trim() : ''
    const lower = target.toLowerCase()
    if (heading === '') errors.push(`--map "${value}" must look like ${MAP_FORMS}`)
    else if (lower === 'skip') map.set(heading, { kind: 'skip' })
    else if (isMediaType(lower)) map.set(heading, { kind: 'type', type: lower })
    else if (lower.startsWith('topic:')) {
      const slug = target.slice('topic:'.length).trim()
      if (topics.some((topic) => topic.slug === slug)) map.set(heading, { kind: 'topic', slug })
      else errors.push(`--map "${value}": there is no topic "${slug}" (known: ${knownTopics(topics)})`)
    } else errors.push(`--map "${value}" must look like ${MAP_FORMS}`)
  }
  return { map, errors }
}

/** What one heading names: --map first, then a media type's name, then a topic's title or slug. */
export function meaningOfHeading(
  heading: string,
  map: ReadonlyMap<string, HeadingMeaning>,
  topics: readonly TopicRecord[],
): HeadingMeaning {
  const key = normalizeHeading(heading)
  const mapped = map.get(key)
  if (mapped) return mapped
  const type = TYPE_OF_HEADING.get(key)
  if (type) return { kind: 'type', type }
  const topic = topicByTitle(heading, topics)
  return topic ? { kind: 'topic', slug: topic.slug } : { kind: 'none' }
}

/** The topic a title or slug names, any case. */
export function topicByTitle(title: string, topics: readonly TopicRecord[]): TopicRecord | undefined {
  const key = normalizeHeading(title)
  return topics.find((topic) => normalizeHeading(topic.title) === key || normalizeHeading(topic.slug) === key)
}

export function knownTopics(topics: readonly TopicRecord[]): string {
  return topics.map((topic) => topic.slug).join(', ') || 'none'
}
