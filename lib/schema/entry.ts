import { z } from 'zod'

import { ACCESS_LEVELS } from './entry-fields'
import { day, expected, fields, httpUrl, isCalendarDate, isHttpUrl, text, textThat } from './fields'
import { MEDIA_TYPES } from './media-types'

/**
 * The frontmatter of content/entries/*.md and content/topics/*.md: one schema each, which the validator,
 * the tools and the site's content build (content-collections.ts) all use. Rules that need more
 * than one file (duplicates, topics and replacements that must exist) are in tools/content/content-rules.ts.
 */

export const LIMITS = {
  title: 200,
  summary: 200,
  author: 120,
  keyword: 60,
  body: 5_000,
  /** Bytes in one file: read before any parsing, so a huge file fails fast. */
  file: 32_000,
} as const

/** A file name, and so a slug: lowercase words joined by "-". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A list of `item`: at least `min`, at most `max` (counted as `noun`); with `unique`, each one once. */
const listOf = (
  item: z.ZodType<string, string>,
  what: string,
  { min = 1, max = Infinity, noun = 'items', unique = false } = {},
) =>
  z
    .array(item, { error: expected(what) })
    .min(min, { error: expected(what) })
    .max(max, { error: (issue) => `lists ${(issue.input as unknown[]).length} ${noun}; the limit is ${max}` })
    .superRefine((list, context) => {
      for (const value of unique ? list.filter((item, index) => list.indexOf(item) < index) : [])
        context.addIssue({ code: 'custom', message: `lists "${value}" more than once` })
    })

/** A name or a keyword: text of 1 to `max` characters. */
const name = (what: string, max: number) =>
  textThat(what, (value) => value.trim() !== '' && value.length <= max)

export const entryFrontmatter = fields({
  title: text(LIMITS.title),
  url: httpUrl,
  type: z.enum(MEDIA_TYPES, {
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : `${JSON.stringify(issue.input)} is not a media type (expected one of ${MEDIA_TYPES.join(', ')})`,
  }),
  topics: listOf(
    z.string({ error: expected('must list topic slugs as text') }),
    'must be a non-empty list of topic slugs',
    { unique: true },
  ),
  added: day,
  authors: listOf(
    name(`each author must be a name of 1–${LIMITS.author} characters`, LIMITS.author),
    'must be a list, e.g. ["Ada Lovelace"]',
    { min: 0 },
  ).optional(),
  published: textThat(
    'must be a year or date (YYYY, YYYY-MM or YYYY-MM-DD)',
    (value) => isCalendarDate(value, 'year'),
    { field: 'published', noun: 'year' },
  ).optional(),
  duration: text(40).optional(),
  repository: httpUrl.optional(),
  access: z
    .enum(ACCESS_LEVELS, { error: expected(`must be one of ${ACCESS_LEVELS.join(', ')}`) })
    .default('free'),
  /** A Django release as the docs name it: "5.0", "4.2". */
  django: textThat('must be a Django release such as "5.0"', (value) => /^[1-9]\d?\.\d{1,2}$/.test(value), {
    field: 'django',
    noun: 'version',
  }).optional(),
  keywords: listOf(
    name(`each keyword must be text of 1–${LIMITS.keyword} characters`, LIMITS.keyword),
    'must be a non-empty list, e.g. ["full-text search"]',
    { max: 12, noun: 'keywords' },
  ).optional(),
  /** The PyPI name (PEP 508) of a package whose url is not on pypi.org. */
  package: textThat('must be a PyPI project name such as "django-redis"', (value) =>
    /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(value),
  ).optional(),
  /** Another entry's slug, or the URL of what replaces this entry; supersededReason says why. */
  supersededBy: textThat(
    'must be an entry slug or an http(s) URL',
    (value) => SLUG_PATTERN.test(value) || isHttpUrl(value),
  ).optional(),
  supersededReason: text(LIMITS.summary).optional(),
  /** Where the entry's facts were checked. */
  sources: listOf(httpUrl, 'must be a list of 1–12 http(s) URLs', {
    max: 12,
    noun: 'sources',
    unique: true,
  }).optional(),
  /** The day a maintainer last checked the entry against its sources. */
  verified: day.optional(),
})
  // The two come together: the reason is what a reader of a superseded entry is told.
  .refine((entry) => (entry.supersededBy === undefined) === (entry.supersededReason === undefined), {
    path: ['supersededReason'],
    error: (issue) =>
      (issue.input as { supersededBy?: unknown }).supersededBy === undefined
        ? 'needs supersededBy: the entry slug or URL that replaces this one'
        : 'is required with supersededBy: say why the entry is superseded',
    when: ({ value }) => typeof value === 'object' && value !== null,
  })

/** The markdown below an entry's or a topic's frontmatter. */
export const markdownBody = text(LIMITS.body, { blank: true })

export const topicFrontmatter = fields({
  title: text(LIMITS.title),
  summary: text(LIMITS.summary),
  /** Where the topic is listed: lower first; topics without an order go last. */
  order: z.int({ error: expected('must be a whole number') }).optional(),
})

export type EntryFields = z.output<typeof entryFrontmatter>
export type TopicFields = z.output<typeof topicFrontmatter>
