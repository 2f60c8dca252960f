/** The kinds of resource the directory lists, in the order they are shown. */
export const MEDIA_TYPES = ['repository', 'article', 'audio', 'video', 'book'] as const

export type MediaType = (typeof MEDIA_TYPES)[number]

const LABELS: Record<MediaType, { singular: string; plural: string }> = {
  repository: { singular: 'Repository', plural: 'Repositories' },
  article: { singular: 'Article', plural: 'Articles' },
  audio: { singular: 'Audio', plural: 'Audio' },
  video: { singular: 'Video', plural: 'Videos' },
  book: { singular: 'Book', plural: 'Books' },
}

export function isMediaType(value: unknown): value is MediaType {
  return typeof value === 'string' && (MEDIA_TYPES as readonly string[]).includes(value)
}

export function mediaTypeLabel(type: MediaType, form: 'singular' | 'plural' = 'singular'): string {
  return LABELS[type][form]
}

/** The description of a media type's page, for its summary line's metadata and JSON-LD. */
export function mediaTypeDescription(type: MediaType): string {
  return `${mediaTypeLabel(type, 'plural')} about running Django at scale: caching, databases, task queues, servers and case studies.`
}
