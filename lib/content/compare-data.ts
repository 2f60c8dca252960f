import 'server-only'

import { builtOn } from './build-date'
import { entriesOfTopic, getEntries, getListedTopics, type Entry, type Topic } from './catalog'
import type { CompareData, CompareFacts, Observation } from '../compare/facts'
import { comparePartCount, comparePartOf } from '../compare/parts'
import { topicPackages, topicTableColumns } from '../compare/topic-table'
import { sourceName } from '../signals/card-signals'
import { declarationSource, declarationSummary, latestDeclaration } from '../signals/django-support'
import { djangoSupportOf } from './django'
import { getStoredSignals, signalsOf, supersededOf } from './signals'

const factsOfEntries = new WeakMap<Entry, CompareFacts>()

/** What a comparison shows of an entry, made once per entry and shared by every table it is in. */
function compareFactsOf(entry: Entry): CompareFacts {
  const facts = factsOfEntries.get(entry) ?? makeFacts(entry)
  factsOfEntries.set(entry, facts)
  return facts
}

function makeFacts(entry: Entry): CompareFacts {
  const stored = getStoredSignals(entry.slug)
  const derived = signalsOf(entry)
  const { pypi, github, link } = stored ?? {}
  return {
    slug: entry.slug,
    title: entry.title,
    permalink: entry.permalink,
    url: entry.url,
    host: entry.host,
    type: entry.type,
    topics: entry.topics,
    access: entry.access,
    authors: entry.authors ?? [],
    published: entry.published ?? null,
    verified: entry.verified ? { day: entry.verified, sources: entry.sources?.length ?? 0 } : null,
    release: pypi
      ? {
          version: pypi.version,
          released: pypi.released,
          stale: derived.signals?.release?.stale ?? false,
          ...sourced(pypi),
        }
      : null,
    maintenance: derived.maintenance
      ? {
          state: derived.maintenance,
          asOf: builtOn(),
          pushedAt: github?.pushedAt ?? null,
          archived: github?.archived ?? false,
        }
      : null,
    django: djangoFactsOf(entry),
    licence: github?.license ? { spdx: github.license, ...sourced(github) } : null,
    stars: github ? { count: github.stars, ...sourced(github) } : null,
    superseded: supersededOf(entry),
    link: link ? { status: link.status, checked: link.checked } : null,
  }
}

const sourced = ({ source, observed }: Observation) => ({ source: sourceName(source), observed })

function djangoFactsOf(entry: Entry): CompareFacts['django'] {
  const series = djangoSupportOf(entry)
  if (!series) return null
  const stored = getStoredSignals(entry.slug)
  const read = latestDeclaration(stored) ? stored!.django! : null
  return {
    series,
    summary: declarationSummary(stored),
    read: read && { source: declarationSource(read.source), observed: read.observed },
  }
}

/** The titles of the listed topics by slug, for the cells that name topics. */
export function topicTitles(): Record<string, string> {
  return Object.fromEntries(getListedTopics().map((topic) => [topic.slug, topic.title]))
}

/**
 * The parts of /compare-data/<n>.json, fetched by the /compare/ page only: every entry's facts, each in
 * the part its slug hashes to. Their own files rather than the search index, which holds what search
 * needs and not the licences, sources and dates a comparison shows.
 */
export function compareDataParts(): CompareData[] {
  return (partsMade ??= makeParts())
}

let partsMade: CompareData[] | null = null

function makeParts(): CompareData[] {
  const entries = getEntries()
  const count = comparePartCount(entries.length)
  const topics = topicTitles()
  const parts = Array.from({ length: count }, (): CompareData => ({ version: 1, topics, entries: [] }))
  for (const entry of entries) parts[comparePartOf(entry.slug, count)]!.entries.push(compareFactsOf(entry))
  return parts
}

/** A topic's ready-made table: its columns and how many packages the topic has in all. */
export function topicComparison(topic: Topic) {
  const facts = entriesOfTopic(topic.slug).map(compareFactsOf)
  return { columns: topicTableColumns(facts), packages: topicPackages(facts).length }
}

/** The topics with at least two packages, each of which has a ready-made table. */
export function topicsWithComparison(): Topic[] {
  return getListedTopics().filter((topic) => topicComparison(topic).columns.length > 0)
}
