import {
  ACCESS_LEVELS,
  DJANGO_VERSION_PATTERN,
  isAccess,
  KEYWORD_LIMITS,
  PYPI_NAME_PATTERN,
} from '../../lib/schema/entry-fields'
import { isMediaType, MEDIA_TYPES } from '../../lib/schema/media-types'
import { slugOfPath } from '../../lib/schema/permalinks'
import {
  checkBody,
  checkSlug,
  checkText,
  checkUnknownFields,
  checkUrl,
  CONTROL_CHARACTERS,
  controlCharacterMessage,
  describe,
  isCalendarDate,
  LIMITS,
  SLUG_PATTERN,
  type Report,
} from './field-checks'
import { readFrontmatter, type ContentFile, type Frontmatter } from './frontmatter'

// Re-exported for the importer, which takes them from here.
export { parseFrontmatter, type ContentFile } from './frontmatter'

/**
 * The rules every content file must pass before the site is built. Pure: it takes file paths and
 * bytes and returns problems, each naming the file and the field, so a maintainer can fix them.
 */

export type ContentProblem = { file: string; field: string | null; message: string }

const ENTRY_FIELDS = [
  'title',
  'url',
  'type',
  'topics',
  'added',
  'authors',
  'published',
  'duration',
  'repository',
  'access',
  'django',
  'keywords',
  'package',
  'supersededBy',
  'supersededReason',
  'sources',
  'verified',
] as const
const TOPIC_FIELDS = ['title', 'summary', 'order'] as const

export function formatProblem(problem: ContentProblem): string {
  const where = problem.field ? `${problem.file}: field "${problem.field}"` : problem.file
  return `${where}: ${problem.message}`
}

export type ContentFolder = {
  entries: ContentFile[]
  topics: ContentFile[]
  /** Anything else in entries/ or topics/ (not a .md file, or a folder): never read, so reported. */
  strays?: string[]
}

export function validateContent(input: ContentFolder): ContentProblem[] {
  const problems: ContentProblem[] = []
  const report = (file: string, field: string | null, message: string) =>
    problems.push({ file, field, message })

  for (const stray of input.strays ?? []) {
    report(stray, null, 'is not a .md file, so it would be skipped; rename it to .md or move it elsewhere')
  }

  const topicSlugs = new Set<string>()
  for (const file of input.topics) {
    const read = readFile(file, report)
    checkSlug(file.path, report)
    topicSlugs.add(slugOfPath(file.path))
    if (!read) continue
    const { data } = read
    checkUnknownFields(file.path, data, TOPIC_FIELDS, report)
    checkText(file.path, data, 'title', { required: true, max: LIMITS.title }, report)
    checkText(file.path, data, 'summary', { required: true, max: LIMITS.summary }, report)
    if (data.order !== undefined && !Number.isInteger(data.order)) {
      report(file.path, 'order', `must be a whole number, got ${describe(data.order)}`)
    }
    checkBody(file.path, read.body, report)
  }

  const firstFileOfUrl = new Map<string, string>()
  const firstFileOfSlug = new Map<string, string>()
  const replacements: { file: string; slug: string }[] = []
  for (const file of input.entries) {
    const slug = slugOfPath(file.path)
    checkSlug(file.path, report)
    const sameSlug = firstFileOfSlug.get(slug.toLowerCase())
    if (sameSlug) report(file.path, 'slug', `duplicate slug "${slug}", also used by ${sameSlug}`)
    else firstFileOfSlug.set(slug.toLowerCase(), file.path)

    const read = readFile(file, report)
    if (!read) continue
    const { data } = read
    checkUnknownFields(file.path, data, ENTRY_FIELDS, report)
    checkText(file.path, data, 'title', { required: true, max: LIMITS.title }, report)

    const url = checkUrl(file.path, data, 'url', { required: true }, report)
    if (url) {
      const key = comparableUrl(url)
      const sameUrl = firstFileOfUrl.get(key)
      if (sameUrl) report(file.path, 'url', `duplicate URL ${url}, already listed by ${sameUrl}`)
      else firstFileOfUrl.set(key, file.path)
    }

    if (data.type === undefined) report(file.path, 'type', 'is required')
    else if (!isMediaType(data.type)) {
      report(
        file.path,
        'type',
        `${describe(data.type)} is not a media type (expected one of ${MEDIA_TYPES.join(', ')})`,
      )
    }

    if (data.topics === undefined) report(file.path, 'topics', 'is required')
    else if (!Array.isArray(data.topics) || data.topics.length === 0) {
      report(file.path, 'topics', `must be a non-empty list of topic slugs, got ${describe(data.topics)}`)
    } else {
      const listed = new Set<unknown>()
      for (const topic of data.topics) {
        if (listed.has(topic)) {
          report(file.path, 'topics', `lists ${describe(topic)} more than once`)
          continue
        }
        listed.add(topic)
        if (typeof topic !== 'string') {
          report(file.path, 'topics', `must list topic slugs as text, got ${describe(topic)}`)
        } else if (!topicSlugs.has(topic)) {
          report(
            file.path,
            'topics',
            `topic "${topic}" has no file content/topics/${topic}.md (known: ${[...topicSlugs].join(', ')})`,
          )
        }
      }
    }

    if (data.added === undefined) report(file.path, 'added', 'is required')
    else if (!isCalendarDate(data.added, 'day')) {
      report(file.path, 'added', `must be a date written YYYY-MM-DD, got ${describe(data.added)}`)
    }

    if (data.authors !== undefined) {
      if (!Array.isArray(data.authors)) {
        report(file.path, 'authors', `must be a list, e.g. ["Ada Lovelace"], got ${describe(data.authors)}`)
      } else {
        for (const author of data.authors) {
          if (typeof author !== 'string' || author.trim() === '' || author.length > LIMITS.author) {
            report(
              file.path,
              'authors',
              `each author must be a name of 1–${LIMITS.author} characters, got ${describe(author)}`,
            )
          } else if (CONTROL_CHARACTERS.test(author)) {
            report(file.path, 'authors', controlCharacterMessage(author))
          }
        }
      }
    }

    if (data.published !== undefined) {
      if (typeof data.published === 'number') {
        report(file.path, 'published', `write the year as quoted text, e.g. published: "${data.published}"`)
      } else if (!isCalendarDate(data.published, 'year')) {
        report(
          file.path,
          'published',
          `must be a year or date (YYYY, YYYY-MM or YYYY-MM-DD), got ${describe(data.published)}`,
        )
      }
    }
    checkText(file.path, data, 'duration', { required: false, max: 40 }, report)
    checkUrl(file.path, data, 'repository', { required: false }, report)
    checkOptionalFields(file.path, data, report)
    if (data.sources !== undefined && (!Array.isArray(data.sources) || data.sources.length === 0))
      report(file.path, 'sources', 'must list the URLs where the entry’s facts were checked')
    if (data.verified !== undefined && !isCalendarDate(data.verified, 'day'))
      report(file.path, 'verified', `must be a date written YYYY-MM-DD, got ${describe(data.verified)}`)
    if (typeof data.supersededBy === 'string' && SLUG_PATTERN.test(data.supersededBy)) {
      replacements.push({ file: file.path, slug: data.supersededBy })
    }
    checkBody(file.path, read.body, report)
  }
  for (const { file, slug } of replacements) {
    if (!firstFileOfSlug.has(slug)) {
      report(file, 'supersededBy', `names "${slug}", but there is no content/entries/${slug}.md`)
    }
  }
  return problems
}

function checkOptionalFields(path: string, data: Frontmatter, report: Report) {
  if (data.access !== undefined && !isAccess(data.access)) {
    report(path, 'access', `must be one of ${ACCESS_LEVELS.join(', ')}, got ${describe(data.access)}`)
  }
  if (data.django !== undefined) {
    if (typeof data.django === 'number') {
      report(path, 'django', `write the version as quoted text, e.g. django: "${data.django}"`)
    } else if (typeof data.django !== 'string' || !DJANGO_VERSION_PATTERN.test(data.django)) {
      report(path, 'django', `must be a Django release such as "5.0", got ${describe(data.django)}`)
    }
  }
  if (data.keywords !== undefined) {
    if (!Array.isArray(data.keywords) || data.keywords.length === 0) {
      report(
        path,
        'keywords',
        `must be a non-empty list, e.g. ["full-text search"], got ${describe(data.keywords)}`,
      )
    } else if (data.keywords.length > KEYWORD_LIMITS.count) {
      report(path, 'keywords', `lists ${data.keywords.length} keywords; the limit is ${KEYWORD_LIMITS.count}`)
    } else {
      for (const keyword of data.keywords) {
        if (typeof keyword !== 'string' || !keyword.trim() || keyword.length > KEYWORD_LIMITS.length) {
          report(
            path,
            'keywords',
            `each keyword must be text of 1–${KEYWORD_LIMITS.length} characters, got ${describe(keyword)}`,
          )
        } else if (CONTROL_CHARACTERS.test(keyword))
          report(path, 'keywords', controlCharacterMessage(keyword))
      }
    }
  }
  if (
    data.package !== undefined &&
    (typeof data.package !== 'string' || !PYPI_NAME_PATTERN.test(data.package))
  ) {
    report(
      path,
      'package',
      `must be a PyPI project name such as "django-redis", got ${describe(data.package)}`,
    )
  }
  const supersededBy = data.supersededBy
  if (supersededBy !== undefined) {
    if (
      typeof supersededBy !== 'string' ||
      !(SLUG_PATTERN.test(supersededBy) || /^https?:\/\//.test(supersededBy))
    ) {
      report(path, 'supersededBy', `must be an entry slug or an http(s) URL, got ${describe(supersededBy)}`)
    } else if (/^https?:/.test(supersededBy)) checkUrl(path, data, 'supersededBy', { required: true }, report)
    checkText(path, data, 'supersededReason', { required: true, max: LIMITS.summary }, report)
  } else if (data.supersededReason !== undefined) {
    report(path, 'supersededReason', 'needs supersededBy: the entry slug or URL that replaces this one')
  }
}

/** The file's fields and body, or null after reporting why it cannot be read. */
function readFile(file: ContentFile, report: Report): { data: Frontmatter; body: string } | null {
  const read = readFrontmatter(file, LIMITS.file)
  if ('problem' in read) {
    report(file.path, null, read.problem)
    return null
  }
  return read
}

/** Two URLs that differ only in case of the host or a trailing slash are the same resource; a section of a page (#anchor) is its own. */
export function comparableUrl(url: string): string {
  const parsed = new URL(url)
  return `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}${parsed.hash}`
}
