import type { MediaType } from './media-types'

/** Every internal URL of the site is made here; pages never build one by hand. */
export const permalinks = {
  home: () => '/',
  topics: () => '/topics/',
  topic: (slug: string) => `/topics/${slug}/`,
  types: () => '/types/',
  type: (type: MediaType) => `/types/${type}/`,
  entry: (slug: string) => `/entries/${slug}/`,
} as const

/** The host a visitor will land on, without a leading `www.`. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '')
}

/** The slug of a content file: its file name without folder and extension. */
export function slugOfPath(sourceFilePath: string): string {
  const fileName = sourceFilePath.split('/').pop() ?? sourceFilePath
  return fileName.replace(/\.md$/, '')
}
