import type { z } from 'zod'

import {
  entryFrontmatter,
  LIMITS,
  markdownBody,
  SLUG_PATTERN,
  topicFrontmatter,
  type EntryFields,
  type TopicFields,
} from '../../lib/schema/entry'
import { problemsOf } from '../../lib/schema/fields'
import { slugOfPath } from '../../lib/schema/permalinks'
import { readFrontmatter, type ContentFile } from './frontmatter'

export type { ContentFile }

/**
 * The rules every content file must pass before the site is built: each file against its schema
 * (lib/schema/entry.ts), then the rules that need more than one file. Pure: it takes file paths and bytes
 * and returns the problems, each naming the file and the field, and the records of the files that passed.
 */

export type ContentProblem = { file: string; field: string | null; message: string }

export type ContentFolder = {
  entries: ContentFile[]
  topics: ContentFile[]
  /** Anything else in entries/ or topics/ (not a .md file, or a folder): never read, so reported. */
  strays?: string[]
  /** The folder's site.json asks every entry to say where and when its facts were checked. */
  sourcesRequired?: boolean
}

/** Where a file that passed is, and its slug: the file name. */
type Located = { path: string; slug: string }
/** An entry file that passed, with its markdown description (trimmed). */
export type EntryRecord = EntryFields & Located & { body: string }
export type TopicRecord = TopicFields & Located

export type CheckedContent = { problems: ContentProblem[]; entries: EntryRecord[]; topics: TopicRecord[] }

export function formatProblem(problem: ContentProblem): string {
  const where = problem.field ? `${problem.file}: field "${problem.field}"` : problem.file
  return `${where}: ${problem.message}`
}

/** Every problem of the folder's files; the build and the tools refuse the folder when there is one. */
export function validateContent(folder: ContentFolder): ContentProblem[] {
  return checkContent(folder).problems
}

export function checkContent(folder: ContentFolder): CheckedContent {
  const problems: ContentProblem[] = []
  const report = (file: string, field: string | null, message: string) =>
    problems.push({ file, field, message })
  for (const stray of folder.strays ?? []) {
    report(stray, null, 'is not a .md file, so it would be skipped; rename it to .md or move it elsewhere')
  }

  /** The file's fields (with its path and slug) and its body, or null after reporting every problem. */
  const read = <Schema extends z.ZodType<object>>(file: ContentFile, schema: Schema) => {
    const slug = slugOfPath(file.path)
    if (!SLUG_PATTERN.test(slug)) {
      report(file.path, 'slug', `file name "${slug}" must be lowercase words joined by "-" (a-z, 0-9)`)
    }
    const parsed = readFrontmatter(file, LIMITS.file)
    if ('problem' in parsed) {
      report(file.path, null, parsed.problem)
      return null
    }
    const fields = schema.safeParse(parsed.data)
    const body = markdownBody.safeParse(parsed.body)
    for (const { path, message } of problemsOf(fields.error)) report(file.path, String(path[0]), message)
    for (const { message } of problemsOf(body.error)) report(file.path, 'body', message)
    if (!fields.success || !body.success) return null
    return {
      fields: { ...(fields.data as z.output<Schema>), path: file.path, slug },
      body: parsed.body.trim(),
    }
  }

  const topics: TopicRecord[] = folder.topics.flatMap((file) => read(file, topicFrontmatter)?.fields ?? [])
  const topicSlugs = folder.topics.map((file) => slugOfPath(file.path))

  const fileOfSlug = new Map<string, string>()
  for (const { path } of folder.entries) {
    const slug = slugOfPath(path)
    const sameSlug = fileOfSlug.get(slug.toLowerCase())
    if (sameSlug) report(path, 'slug', `duplicate slug "${slug}", also used by ${sameSlug}`)
    else fileOfSlug.set(slug.toLowerCase(), path)
  }
  const entries: EntryRecord[] = folder.entries.flatMap((file) => {
    const entry = read(file, entryFrontmatter)
    return entry ? [{ ...entry.fields, body: entry.body }] : []
  })

  const fileOfUrl = new Map<string, string>()
  for (const entry of entries) {
    const sameUrl = fileOfUrl.get(comparableUrl(entry.url))
    if (sameUrl) report(entry.path, 'url', `duplicate URL ${entry.url}, already listed by ${sameUrl}`)
    else fileOfUrl.set(comparableUrl(entry.url), entry.path)
    for (const topic of entry.topics.filter((slug) => !topicSlugs.includes(slug))) {
      const known = topicSlugs.join(', ')
      report(
        entry.path,
        'topics',
        `topic "${topic}" has no file content/topics/${topic}.md (known: ${known})`,
      )
    }
    if (folder.sourcesRequired) {
      if (!entry.sources)
        report(entry.path, 'sources', 'is required: list the URLs where the entry’s facts were checked')
      if (!entry.verified)
        report(entry.path, 'verified', 'is required: the day the facts were checked, YYYY-MM-DD')
    }
    const replacement = entry.supersededBy
    if (replacement && SLUG_PATTERN.test(replacement) && !fileOfSlug.has(replacement)) {
      report(
        entry.path,
        'supersededBy',
        `names "${replacement}", but there is no content/entries/${replacement}.md`,
      )
    }
  }
  return { problems, entries, topics }
}

/**
 * Two URLs that differ only in case of the host or a trailing slash are the same resource; a section of a
 * page (its #anchor) is a resource of its own.
 */
export function comparableUrl(url: string): string {
  const parsed = new URL(url)
  return `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}${parsed.hash}`
}
