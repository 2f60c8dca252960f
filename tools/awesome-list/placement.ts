import type { TopicRecord } from '../content/content-rules'
import { uniqueSlug } from '../content/entry-file'
import { slugify } from '../../lib/schema/slug'
import type { MediaType } from '../../lib/schema/media-types'
import type { ListedItem, ParsedList } from './parse'
import { MAP_FORMS, meaningOfHeading, type HeadingMeaning } from './sections'

export type PlacementOptions = {
  /** `--map` meanings, keyed by normalised heading. */
  map: ReadonlyMap<string, HeadingMeaning>
  /** `--type`: the media type of items under no heading that names one. */
  type: MediaType | null
  /** `--topic`: the topic of items under no heading that names one. */
  topic: string | null
  /** `--create-topics`: a heading that names nothing becomes a new topic where its items need one. */
  createTopics: boolean
  topicsDir: string
  /** Names the list in the summary of a topic made from a heading without a paragraph. */
  listName: string
}

export type PlacedItem = { item: ListedItem; type: MediaType; topic: string; heading: string }
export type SkippedItem = { title: string; line: number; heading: string; reason: string }
export type Placement = {
  placed: PlacedItem[]
  skipped: SkippedItem[]
  /** Topics --create-topics makes, by heading. */
  newTopics: TopicRecord[]
  errors: string[]
}

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
 * Gives each item its media type and topic: the nearest heading above it that names a media type and the
 * nearest that names a topic; --type and --topic fill in where none does. A heading that names nothing
 * is undecided when an item below it still lacks one (--create-topics makes it a topic instead).
 */
export function placeItems(
  list: ParsedList,
  topics: readonly TopicRecord[],
  options: PlacementOptions,
): Placement {
  const errors: string[] = []
  const meanings = list.headings.map((heading) =>
    heading.isContents ? ({ kind: 'skip' } as const) : meaningOfHeading(heading.text, options.map, topics),
  )
  const chainOf = (index: number | null) => headingChain(list, index)
  const headingText = (index: number | null) => headingPath(list, index)

  // Resolve each item's media type and topic from its headings.
  const undecided = new Map<number, Set<string>>()
  const unplaced = new Map<number | null, Set<string>>()
  const takenTopicSlugs = new Set(topics.map((topic) => topic.slug))
  const newTopicOf = new Map<number, TopicRecord>()
  const placed: PlacedItem[] = []
  const skipped: SkippedItem[] = list.skipped.map((item) => ({
    title: item.text,
    line: item.line,
    heading: headingText(item.heading),
    reason: item.reason,
  }))
  const need = <K>(where: Map<K, Set<string>>, index: K, what: string) =>
    where.set(index, (where.get(index) ?? new Set()).add(what))

  for (const item of list.items) {
    const chain = chainOf(item.heading)
    const skipping = chain.find((index) => meanings[index]!.kind === 'skip')
    if (skipping !== undefined) {
      skipped.push({
        title: item.title,
        line: item.line,
        heading: headingText(item.heading),
        reason: `under "${list.headings[skipping]!.text}", which is skipped`,
      })
      continue
    }
    const nearest = <K extends HeadingMeaning['kind']>(kind: K) => {
      const index = chain.find((at) => meanings[at]!.kind === kind)
      return index === undefined
        ? null
        : { index, meaning: meanings[index] as Extract<HeadingMeaning, { kind: K }> }
    }
    const nameless = nearest('none')?.index ?? null
    const type = nearest('type')?.meaning.type ?? options.type
    let topic = nearest('topic')?.meaning.slug ?? null
    if (topic === null && nameless !== null && options.createTopics) {
      topic = (newTopicOf.get(nameless) ?? makeTopic(nameless)).slug
    }
    topic ??= options.topic
    if (type === null) {
      if (nameless !== null) need(undecided, nameless, 'a media type')
      else need(unplaced, item.heading, 'a media type (pass --type)')
    }
    if (topic === null) {
      if (nameless !== null) need(undecided, nameless, 'a topic')
      else need(unplaced, item.heading, 'a topic (pass --topic)')
    }
    if (type !== null && topic !== null)
      placed.push({ item, type, topic, heading: headingText(item.heading) })
  }

  function makeTopic(index: number): TopicRecord {
    const heading = list.headings[index]!
    const slug = uniqueSlug(slugify(heading.text), takenTopicSlugs)
    takenTopicSlugs.add(slug)
    const summary = heading.paragraph
      ? firstSentences(heading.paragraph, 200)
      : `Imported from the list "${options.listName}".`
    const record = { path: `${options.topicsDir}/${slug}.md`, slug, title: heading.text, summary }
    newTopicOf.set(index, record)
    return record
  }

  if (undecided.size > 0) {
    errors.push(
      'These headings name neither a media type nor a topic, and items below them need one:\n' +
        [...undecided]
          .toSorted(([a], [b]) => a - b)
          .map(
            ([index, needs]) =>
              `    line ${list.headings[index]!.line}: "${list.headings[index]!.text}" (needs ${[...needs].join(' and ')})`,
          )
          .join('\n') +
        `\n  Decide each with --map ${MAP_FORMS}; or pass --topic <slug> / --type <media type> for items no heading places;` +
        ' or --create-topics to make each of them a topic.',
    )
  }
  for (const what of ['a media type (pass --type)', 'a topic (pass --topic)']) {
    const places = [...unplaced]
      .filter(([, needs]) => needs.has(what))
      .map(([index]) =>
        index === null
          ? 'under no heading'
          : `"${list.headings[index]!.text}" (line ${list.headings[index]!.line})`,
      )
    if (places.length > 0) {
      errors.push(`No heading names ${what} for the items under: ${places.join(', ')}.`)
    }
  }

  return { placed, skipped, newTopics: [...newTopicOf.values()], errors }
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
