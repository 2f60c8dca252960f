import {
  comparableUrl,
  parseFrontmatter,
  validateContent,
  formatProblem,
  type ContentFile,
} from '../../content-rules'
import type { TopicRecord } from '../../content-records'
import { renderEntryFile, slugify, uniqueSlug, type NewEntry } from '../../entry-file'
import { MEDIA_TYPES, type MediaType } from '../../media-types'
import { slugOfPath } from '../../permalinks'
import type { ListSection } from './parse'
import { kindOfSection, topicByTitle, topicOfSection, type SectionKind } from './sections'

export type ImportOptions = {
  /** `--map` overrides, keyed by normalised heading. */
  map: ReadonlyMap<string, SectionKind>
  /** `--topic`: when set, every imported entry gets exactly this topic. */
  topic: string | null
  /** Today, YYYY-MM-DD: the `added` date of new entries. */
  today: string
  /** Where new entry files go, as paths are named in `existing` (e.g. "content/entries"). */
  entriesDir: string
}

export type PlannedFile = { path: string; slug: string; text: string; entry: NewEntry }

export type SectionReport = {
  heading: string
  created: { title: string; path: string }[]
  alreadyPresent: { title: string; url: string; listedBy: string }[]
  skipped: { text: string; reason: string; line: number }[]
}

export type ImportPlan =
  { ok: true; files: PlannedFile[]; sections: SectionReport[] } | { ok: false; errors: string[] }

/**
 * Decides which entry files an import creates, without touching the disk. Sections map to a media type
 * by heading (or --map); entries get the --topic, else the topic the section heading names (as in our
 * exported AWESOME.md) plus the "— also:" topics. A URL already in the content folder is left alone;
 * a slug already taken gets -2, -3, …
 */
export function planImport(
  sections: readonly ListSection[],
  existing: { entries: ContentFile[]; topics: ContentFile[] },
  topics: readonly TopicRecord[],
  options: ImportOptions,
): ImportPlan {
  const errors: string[] = []
  if (options.topic !== null && !topics.some((topic) => topic.slug === options.topic)) {
    errors.push(
      `unknown topic "${options.topic}": there is no topics/${options.topic}.md (known: ${knownTopics(topics)})`,
    )
  }

  const withItems = sections.filter((section) => !section.isContents && section.items.length > 0)
  const unmapped = withItems.filter(
    (section) =>
      kindOfSection(section.headingPath, options.map) === null &&
      section.items.some((item) => item.type === null),
  )
  if (unmapped.length > 0) {
    errors.push(
      `cannot tell the media type of section(s) ${unmapped.map((s) => `"${s.heading || '(no heading)'}"`).join(', ')}.\n` +
        `  Sections found: ${withItems.map((s) => `"${s.heading || '(no heading)'}"`).join(', ')}.\n` +
        `  Map each with --map "Section name=media type" (${MEDIA_TYPES.join(', ')}) or --map "Section name=skip".`,
    )
  }
  if (options.topic === null) {
    const topicless = withItems.filter(
      (section) =>
        kindOfSection(section.headingPath, options.map) !== 'skip' &&
        !topicOfSection(section.headingPath, topics),
    )
    if (topicless.length > 0) {
      errors.push(
        `no topic for section(s) ${topicless.map((s) => `"${s.heading || '(no heading)'}"`).join(', ')}: ` +
          `their headings name no topic. Pass --topic <slug> (known: ${knownTopics(topics)}).`,
      )
    }
  }
  if (errors.length > 0) return { ok: false, errors }

  const listedBy = new Map<string, string>()
  for (const file of existing.entries) {
    const url = urlOf(file)
    if (url) listedBy.set(url, file.path)
  }
  const takenSlugs = new Set(existing.entries.map((file) => slugOfPath(file.path).toLowerCase()))

  const files: PlannedFile[] = []
  const reports: SectionReport[] = []
  for (const section of sections) {
    const report: SectionReport = {
      heading: section.heading,
      created: [],
      alreadyPresent: [],
      skipped: [...section.skipped],
    }
    reports.push(report)
    const kind = kindOfSection(section.headingPath, options.map)
    if (kind === 'skip') {
      for (const item of section.items)
        report.skipped.push({ text: item.title, reason: 'section mapped to skip', line: item.line })
      continue
    }
    const sectionTopic = topicOfSection(section.headingPath, topics)
    for (const item of section.items) {
      const key = comparableUrlOrNull(item.url)
      if (key === null) {
        report.skipped.push({ text: item.title, reason: `not a valid URL (${item.url})`, line: item.line })
        continue
      }
      const already = listedBy.get(key)
      if (already) {
        report.alreadyPresent.push({ title: item.title, url: item.url, listedBy: already })
        continue
      }
      let entryTopics: string[]
      if (options.topic !== null) entryTopics = [options.topic]
      else {
        const also = item.alsoTopics.map((title) => {
          const topic = topicByTitle(title, topics)
          if (!topic)
            errors.push(
              `line ${item.line}: "— also:" names an unknown topic "${title}" (known: ${knownTopics(topics)})`,
            )
          return topic?.slug ?? title
        })
        entryTopics = [...new Set([sectionTopic!.slug, ...also])]
      }
      const type: MediaType | null = item.type ?? kind
      if (type === null) continue // reported above as an unmapped section
      const slug = uniqueSlug(slugify(item.title), takenSlugs)
      takenSlugs.add(slug.toLowerCase())
      const path = `${options.entriesDir}/${slug}.md`
      listedBy.set(key, path)
      const entry: NewEntry = {
        title: item.title,
        url: item.url,
        type,
        topics: entryTopics,
        added: options.today,
        body: item.description,
      }
      files.push({ path, slug, text: renderEntryFile(entry), entry })
      report.created.push({ title: item.title, path })
    }
  }

  // Every file we would write must pass the same rules as the build.
  const newPaths = new Set(files.map((file) => file.path))
  const problems = validateContent({
    entries: [...existing.entries, ...files.map((file) => ({ path: file.path, bytes: file.text }))],
    topics: existing.topics,
  }).filter((problem) => newPaths.has(problem.file))
  errors.push(...problems.map(formatProblem))
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, files, sections: reports }
}

function urlOf(file: ContentFile): string | null {
  try {
    const text = typeof file.bytes === 'string' ? file.bytes : new TextDecoder().decode(file.bytes)
    const url: unknown = (parseFrontmatter(text).data as Record<string, unknown>).url
    return typeof url === 'string' ? comparableUrlOrNull(url) : null
  } catch {
    return null
  }
}

function comparableUrlOrNull(url: string): string | null {
  try {
    return comparableUrl(url)
  } catch {
    return null
  }
}

function knownTopics(topics: readonly TopicRecord[]): string {
  return topics.map((topic) => topic.slug).join(', ') || 'none'
}
