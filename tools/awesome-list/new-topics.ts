import type { TopicRecord } from '../content/content-rules'
import { uniqueSlug } from '../content/entry-file'
import { slugify } from '../../lib/schema/slug'
import type { ParsedList } from './parse'
import { normalizeHeading, topicByTitle } from './sections'

/** Where an item's topic comes from: a topic that exists, a heading made a topic, or the list's title. */
export type TopicSource = { slug: string } | { heading: number } | { listTitle: true }

/** The heading at `index` and those it sits under, innermost first. */
export function headingChain(list: ParsedList, index: number | null): number[] {
  const chain: number[] = []
  for (let at = index; at !== null; at = list.headings[at]!.parent) chain.push(at)
  return chain
}

/** "Caching / Tools": the headings an item sits under, outermost first. */
export function headingPath(list: ParsedList, index: number | null): string {
  if (index === null) return '(no heading)'
  return headingChain(list, index)
    .toReversed()
    .map((at) => list.headings[at]!.text)
    .join(' / ')
}

/**
 * Names the topics that headings (or the list's title) become. A topic takes its heading's text; where
 * two such headings share a text ("Profiling / Other", "Caching / Other"), each takes its path. A topic
 * that exists already under that title (or, for a path, under the heading's own text) is reused, so that
 * importing again creates nothing.
 */
export function nameNewTopics(
  list: ParsedList,
  sources: readonly TopicSource[],
  topics: readonly TopicRecord[],
  options: { topicsDir: string; listName: string },
): { slugOf: (source: TopicSource) => string; newTopics: TopicRecord[] } {
  const listTitle = list.title ?? options.listName
  const headings = [...new Set(sources.flatMap((source) => ('heading' in source ? [source.heading] : [])))]
  const sharing = new Map<string, number>()
  for (const index of headings) {
    const key = normalizeHeading(list.headings[index]!.text)
    sharing.set(key, (sharing.get(key) ?? 0) + 1)
  }
  const titlesOf = (index: number): string[] => {
    const own = list.headings[index]!.text
    return sharing.get(normalizeHeading(own))! > 1 ? [headingPath(list, index), own] : [own]
  }

  const taken = new Set(topics.map((topic) => topic.slug))
  const newTopics: TopicRecord[] = []
  const chosen = new Map<number | 'title', string>()
  const topicFor = (key: number | 'title', titles: string[], paragraph: string | null): string => {
    const known = chosen.get(key)
    if (known) return known
    const existing = titles.map((title) => topicByTitle(title, topics)).find(Boolean)
    let slug = existing?.slug
    if (!slug) {
      slug = uniqueSlug(slugify(titles[0]!), taken)
      taken.add(slug)
      const summary = paragraph ? firstSentences(paragraph, 200) : `Imported from the list "${listTitle}".`
      newTopics.push({ path: `${options.topicsDir}/${slug}.md`, slug, title: titles[0]!, summary })
    }
    chosen.set(key, slug)
    return slug
  }

  const slugOf = (source: TopicSource): string => {
    if ('slug' in source) return source.slug
    if ('listTitle' in source) return topicFor('title', [listTitle], null)
    return topicFor(source.heading, titlesOf(source.heading), list.headings[source.heading]!.paragraph)
  }
  sources.forEach(slugOf)
  return { slugOf, newTopics }
}

/** Whole sentences of `text` up to `max` characters (or a cut at a word when the first is longer). */
function firstSentences(text: string, max: number): string {
  if (text.length <= max) return text
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? []
  let kept = ''
  for (const sentence of sentences) {
    if ((kept + sentence).trim().length > max) break
    kept += sentence
  }
  if (kept.trim()) return kept.trim()
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
