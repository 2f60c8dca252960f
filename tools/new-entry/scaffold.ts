import { checkContent, comparableUrl, formatProblem, type ContentFolder } from '../content/content-rules'
import { renderEntryFile, type NewEntry } from '../content/entry-file'
import { slugify } from '../../lib/schema/slug'
import { isMediaType, MEDIA_TYPES } from '../../lib/schema/media-types'
import { slugOfPath } from '../../lib/schema/permalinks'

export type NewEntryRequest = {
  url: string
  title: string
  type: string
  topics: string[]
  authors: string[]
  published?: string
  description: string
  /** Overrides the slug made from the title. */
  slug?: string
  today: string
  /** Where entry files live, as paths are named in `existing` (e.g. "content/entries"). */
  entriesDir: string
}

export type NewEntryPlan = { ok: true; path: string; text: string } | { ok: false; errors: string[] }

/** Checks a new entry against the catalogue and renders its file; refuses rather than overwrite or duplicate. */
export function planNewEntry(request: NewEntryRequest, existing: ContentFolder): NewEntryPlan {
  const errors: string[] = []
  if (!URL.canParse(request.url)) errors.push(`--url "${request.url}" is not a URL`)
  else if (!/^https?:$/.test(new URL(request.url).protocol)) {
    errors.push(`--url must be an http(s) URL, got "${request.url}"`)
  } else {
    const key = comparableUrl(request.url)
    const listedBy = checkContent(existing).entries.find((entry) => comparableUrl(entry.url) === key)
    if (listedBy) errors.push(`--url ${request.url} is already in the catalogue: ${listedBy.path}`)
  }
  if (!isMediaType(request.type)) {
    errors.push(`--type "${request.type}" is not a media type (expected one of ${MEDIA_TYPES.join(', ')})`)
  }
  const topicSlugs = existing.topics.map((file) => slugOfPath(file.path))
  const known = `(known: ${topicSlugs.join(', ')})`
  if (request.topics.length === 0) errors.push(`--topics needs at least one topic ${known}`)
  for (const topic of request.topics.filter((slug) => !topicSlugs.includes(slug)))
    errors.push(`--topics: unknown topic "${topic}" ${known}`)
  const slug = request.slug ?? slugify(request.title)
  const path = `${request.entriesDir}/${slug}.md`
  const clash = existing.entries.find((file) => slugOfPath(file.path).toLowerCase() === slug.toLowerCase())
  if (clash) {
    errors.push(`${clash.path} already exists; choose another --title or pass --slug <another-slug>`)
  }
  if (errors.length > 0 || !isMediaType(request.type)) return { ok: false, errors }

  const entry: NewEntry = {
    title: request.title,
    url: request.url,
    type: request.type,
    topics: request.topics,
    added: request.today,
    body: request.description,
  }
  if (request.authors.length > 0) entry.authors = request.authors
  if (request.published !== undefined) entry.published = request.published
  const text = renderEntryFile(entry)

  // The same rules as the build: title length, year format, names, slug shape.
  const { problems } = checkContent({ ...existing, entries: [...existing.entries, { path, bytes: text }] })
  const ours = problems.filter((problem) => problem.file === path)
  if (ours.length > 0) return { ok: false, errors: ours.map(formatProblem) }
  return { ok: true, path, text }
}
