import type { TopicRecord } from '../../content-records'
import { isMediaType, MEDIA_TYPES, type MediaType } from '../../media-types'

/** What a section of a list holds: one media type, or nothing to import ("skip"). */
export type SectionKind = MediaType | 'skip'

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
    'libraries and tools',
    'tools and libraries',
    'projects',
    'third party packages',
  ],
  article: [
    'articles and blogs',
    'articles and blog posts',
    'articles',
    'article',
    'blogs',
    'blog posts',
    'posts',
    'guides',
    'tutorials',
    'documentation',
  ],
  audio: ['audio', 'podcasts', 'podcast', 'podcast episodes'],
  video: ['video', 'videos', 'talks', 'videos and talks', 'talks and videos', 'screencasts', 'presentations'],
  book: ['books', 'book', 'ebooks'],
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

/**
 * Reads `--map "Section name=media type"` values. Besides a media type, "skip" leaves a section out.
 * Returns the map keyed by normalised heading, or the problems found.
 */
export function parseSectionMap(values: readonly string[]): {
  map: Map<string, SectionKind>
  errors: string[]
} {
  const map = new Map<string, SectionKind>()
  const errors: string[] = []
  for (const value of values) {
    const at = value.lastIndexOf('=')
    const heading = at > 0 ? normalizeHeading(value.slice(0, at)) : ''
    const kind =
      at > 0
        ? value
            .slice(at + 1)
            .trim()
            .toLowerCase()
        : ''
    if (heading === '' || !(kind === 'skip' || isMediaType(kind))) {
      errors.push(
        `--map "${value}" must look like "Section name=media type" (media types: ${MEDIA_TYPES.join(', ')}, or skip)`,
      )
    } else map.set(heading, kind)
  }
  return { map, errors }
}

/** The media type of a section from its heading (or the headings it sits under), or null when unknown. */
export function kindOfSection(
  headingPath: readonly string[],
  map: ReadonlyMap<string, SectionKind>,
): SectionKind | null {
  for (const heading of headingPath) {
    const key = normalizeHeading(heading)
    const kind = map.get(key) ?? TYPE_OF_HEADING.get(key)
    if (kind) return kind
  }
  return null
}

/** The topic a section's heading names (by title or slug), as in our exported AWESOME.md. */
export function topicOfSection(
  headingPath: readonly string[],
  topics: readonly TopicRecord[],
): TopicRecord | null {
  for (const heading of headingPath) {
    const key = normalizeHeading(heading)
    const topic = topics.find(
      (candidate) => normalizeHeading(candidate.title) === key || normalizeHeading(candidate.slug) === key,
    )
    if (topic) return topic
  }
  return null
}

/** The topic a "— also:" title names. */
export function topicByTitle(title: string, topics: readonly TopicRecord[]): TopicRecord | null {
  return topicOfSection([title], topics)
}
