import type { TopicRecord } from '../content/content-rules'
import type { MediaType } from '../../lib/schema/media-types'
import type { ListedItem } from './list-item'
import type { ParsedList } from './parse'
import { MAP_FORMS, meaningOfHeading, normalizeHeading, type HeadingMeaning } from './sections'
import { headingChain, headingPath, nameNewTopics, type TopicSource } from './new-topics'
import { isSureOfType, mediaTypeOfUrl } from './url-types'

export type PlacementOptions = {
  /** `--map` meanings, keyed by normalised heading. */
  map: ReadonlyMap<string, HeadingMeaning>
  /** `--type`: the media type of items that neither a heading nor their URL gives one. */
  type: MediaType | null
  /** `--topic`: the topic of items under no heading that names one. */
  topic: string | null
  /** `--create-topics`: headings become topics wherever their items need one. */
  createTopics: boolean
  topicsDir: string
  /** Names the list in the summary of a topic made from a heading without a paragraph. */
  listName: string
}

/** Where an item's media type came from: a heading, the URL's host, or --type. */
export type TypeSource = 'heading' | 'url' | 'flag'
type PlacedItem = {
  item: ListedItem
  type: MediaType
  typeFrom: TypeSource
  topic: string
  heading: string
}
type SkippedItem = { title: string; line: number; heading: string; reason: string }
export type Placement = {
  placed: PlacedItem[]
  skipped: SkippedItem[]
  /** Topics --create-topics makes. */
  newTopics: TopicRecord[]
  errors: string[]
}

/**
 * Gives each item its media type and topic. The type: a heading --map types, else a video or podcast
 * host's, else the nearest heading's that names one, else its URL host's, else --type. The topic: the
 * nearest heading that names one, else (with --create-topics) the nearest that names nothing, else --topic,
 * else (with --create-topics) the nearest heading, or the list's title for items under no heading. Without
 * --create-topics, a heading that names nothing is undecided when an item below it still lacks a topic.
 */
export function placeItems(
  list: ParsedList,
  topics: readonly TopicRecord[],
  options: PlacementOptions,
): Placement {
  const meanings = list.headings.map((heading) =>
    heading.isContents ? ({ kind: 'skip' } as const) : meaningOfHeading(heading.text, options.map, topics),
  )
  const undecided = new Map<number, Set<string>>()
  const unplaced = new Map<number | null, Set<string>>()
  const need = <K>(where: Map<K, Set<string>>, index: K, what: string) =>
    where.set(index, (where.get(index) ?? new Set()).add(what))
  const skipped: SkippedItem[] = []
  const skip = (title: string, { line, heading }: { line: number; heading: number | null }, reason: string) =>
    skipped.push({ title, line, heading: headingPath(list, heading), reason })
  for (const item of list.skipped) skip(item.text, item, item.reason)
  const decided: { item: ListedItem; type: MediaType; typeFrom: TypeSource; topic: TopicSource }[] = []

  for (const item of list.items) {
    const chain = headingChain(list, item.heading)
    const skipping = chain.find((index) => meanings[index]!.kind === 'skip')
    if (skipping !== undefined) {
      skip(item.title, item, `under "${list.headings[skipping]!.text}", which is skipped`)
      continue
    }
    const nearest = <K extends HeadingMeaning['kind']>(kind: K) => {
      const index = chain.find((at) => meanings[at]!.kind === kind)
      return index === undefined
        ? null
        : { index, meaning: meanings[index] as Extract<HeadingMeaning, { kind: K }> }
    }
    const nameless = nearest('none')?.index ?? null
    const typing = nearest('type')
    const mapped = typing !== null && options.map.has(normalizeHeading(list.headings[typing.index]!.text))
    const guessed = mediaTypeOfUrl(item.url)
    const byUrl = guessed !== null && (typing === null || (!mapped && isSureOfType(guessed)))
    const type = byUrl ? guessed : (typing?.meaning.type ?? options.type)
    const typeFrom: TypeSource = byUrl ? 'url' : typing ? 'heading' : 'flag'
    const topic = topicSource(nearest('topic')?.meaning.slug ?? null, nameless, chain[0] ?? null, options)
    if (type === null) {
      if (nameless !== null) need(undecided, nameless, 'a media type')
      else need(unplaced, item.heading, 'a media type (pass --type)')
    }
    if (topic === null) {
      if (nameless !== null) need(undecided, nameless, 'a topic')
      else need(unplaced, item.heading, 'a topic (pass --topic)')
    }
    if (type !== null && topic !== null) decided.push({ item, type, typeFrom, topic })
  }

  const errors = [...undecidedErrors(list, undecided, options), ...unplacedErrors(list, unplaced)]
  if (errors.length > 0) return { placed: [], skipped, newTopics: [], errors }
  const named = nameNewTopics(
    list,
    decided.map((item) => item.topic),
    topics,
    options,
  )
  const placed = decided.map((decision) => ({
    ...decision,
    topic: named.slugOf(decision.topic),
    heading: headingPath(list, decision.item.heading),
  }))
  return { placed, skipped, newTopics: named.newTopics, errors: [] }
}

function topicSource(
  named: string | null,
  nameless: number | null,
  nearest: number | null,
  options: PlacementOptions,
): TopicSource | null {
  if (named !== null) return { slug: named }
  if (options.createTopics && nameless !== null) return { heading: nameless }
  if (options.topic !== null) return { slug: options.topic }
  if (options.createTopics) return nearest === null ? { listTitle: true } : { heading: nearest }
  return null
}

function undecidedErrors(
  list: ParsedList,
  undecided: ReadonlyMap<number, ReadonlySet<string>>,
  options: PlacementOptions,
): string[] {
  if (undecided.size === 0) return []
  const needsTopic = [...undecided.values()].some((needs) => needs.has('a topic'))
  const needsType = [...undecided.values()].some((needs) => needs.has('a media type'))
  const ways = [
    `--map ${MAP_FORMS}`,
    ...(needsType ? ['--type <media type> for the items no heading or URL types'] : []),
    ...(needsTopic && !options.createTopics
      ? ['--topic <slug> for the items no heading places', '--create-topics to make each of them a topic']
      : []),
  ]
  return [
    'These headings name neither a media type nor a topic, and items below them need one:\n' +
      [...undecided]
        .toSorted(([a], [b]) => a - b)
        .map(
          ([index, needs]) =>
            `    line ${list.headings[index]!.line}: "${list.headings[index]!.text}" (needs ${[...needs].join(' and ')})`,
        )
        .join('\n') +
      `\n  Decide with ${ways.join('; or ')}.`,
  ]
}

function unplacedErrors(list: ParsedList, unplaced: ReadonlyMap<number | null, ReadonlySet<string>>) {
  return ['a media type (pass --type)', 'a topic (pass --topic)'].flatMap((what) => {
    const places = [...unplaced]
      .filter(([, needs]) => needs.has(what))
      .map(([index]) =>
        index === null
          ? 'under no heading'
          : `"${list.headings[index]!.text}" (line ${list.headings[index]!.line})`,
      )
    return places.length > 0 ? [`No heading names ${what} for the items under: ${places.join(', ')}.`] : []
  })
}
