import { ACCESS_LABELS } from '../schema/entry-fields'
import { mediaTypeLabel } from '../schema/media-types'
import { permalinks } from '../schema/permalinks'
import { formatObserved, releaseLabel, staleLabel } from '../signals/card-signals'
import { SUPPORT_LABELS } from '../signals/django-support'
import { formatMonth, MAINTENANCE_LABELS } from '../signals/freshness'
import type { CompareFacts, Observation } from './facts'

/**
 * The rows of a comparison, the same for every entry, made once from the facts and rendered alike by the
 * static topic tables and the /compare/ page. A value nobody knows reads UNKNOWN, never blank.
 */

export const UNKNOWN = 'unknown'

export type CellLink = { text: string; href: string }

export type Cell = {
  /** What the cell says, UNKNOWN when nothing is known. Two cells differ when their texts do. */
  text: string
  known: boolean
  /** When the value is links (topics, a replacement, the address), the text made into links. */
  links?: CellLink[]
  /** Where and when the value was observed, or what it rests on. */
  note?: string
  /** A short warning shown beside the value: "No release since Aug 2017", "Archived". */
  warning?: string
}

export type CompareRow = {
  key: string
  label: string
  cells: Cell[]
  /** The entries do not all say the same. */
  differs: boolean
}

type TopicTitles = Readonly<Record<string, string>>

type RowSpec = {
  key: string
  label: string
  cell: (facts: CompareFacts, topics: TopicTitles) => Cell
  /** False for rows whose values differ by nature (every entry has its own address). */
  marksDifference?: false
}

const unknown = (note?: string): Cell => ({ text: UNKNOWN, known: false, ...(note ? { note } : {}) })
const known = (text: string, extra: Omit<Cell, 'text' | 'known'> = {}): Cell => ({
  text,
  known: true,
  ...extra,
})
const observedNote = ({ source, observed }: Observation) => `${source}, observed ${formatObserved(observed)}`

const ROWS: readonly RowSpec[] = [
  { key: 'type', label: 'Media type', cell: (facts) => known(mediaTypeLabel(facts.type)) },
  {
    key: 'topics',
    label: 'Topics',
    cell: (facts, topics) => {
      const links = facts.topics.map((slug) => ({ text: topics[slug] ?? slug, href: permalinks.topic(slug) }))
      return links.length ? known(links.map((link) => link.text).join(', '), { links }) : unknown()
    },
  },
  { key: 'access', label: 'Access', cell: (facts) => known(ACCESS_LABELS[facts.access]) },
  {
    key: 'authors',
    label: 'Authors',
    cell: (facts) => (facts.authors.length ? known(facts.authors.join(', ')) : unknown()),
  },
  {
    key: 'published',
    label: 'Published',
    cell: (facts) => (facts.published ? known(formatObserved(facts.published)) : unknown()),
  },
  {
    key: 'verified',
    label: 'Facts checked',
    cell: ({ verified }) =>
      verified
        ? known(formatObserved(verified.day), {
            note: `the entry’s facts, against ${verified.sources} public ${verified.sources === 1 ? 'source' : 'sources'}`,
          })
        : unknown(),
  },
  {
    key: 'release',
    label: 'Latest release',
    cell: ({ release }) => {
      if (!release) return unknown()
      const card = { ...release, month: release.released.slice(0, 7) }
      return known(releaseLabel(card), {
        note: observedNote(release),
        ...(release.stale ? { warning: staleLabel(card) } : {}),
      })
    },
  },
  {
    key: 'maintenance',
    label: 'Maintenance',
    cell: ({ maintenance, release }) => {
      if (!maintenance) return unknown()
      const basis = [
        release ? 'the latest release' : null,
        maintenance.pushedAt ? `the last push (${formatMonth(maintenance.pushedAt)})` : null,
      ].filter(Boolean)
      return known(MAINTENANCE_LABELS[maintenance.state], {
        note: `as of ${formatObserved(maintenance.asOf)}, from ${basis.join(' and ') || 'GitHub'}`,
        ...(maintenance.archived ? { warning: 'Archived' } : {}),
      })
    },
  },
  {
    // The supported series a package declares; "not declared" or unknown when it declares none of them.
    key: 'django',
    label: 'Django series declared',
    cell: ({ django }) => {
      if (!django) return unknown()
      const note = django.read ? `${django.summary}; ${observedNote(django.read)}` : django.summary
      const declared = django.series.filter((item) => item.status === 'declared')
      if (declared.length > 0) return known(declared.map((item) => item.series).join(' · '), { note })
      if (django.series.some((item) => item.status === 'not-declared'))
        return known(SUPPORT_LABELS['not-declared'].toLowerCase(), { note })
      return unknown(note)
    },
  },
  {
    key: 'licence',
    label: 'Licence',
    cell: ({ licence }) => (licence ? known(licence.spdx, { note: observedNote(licence) }) : unknown()),
  },
  {
    key: 'stars',
    label: 'GitHub stars',
    cell: ({ stars }) =>
      stars ? known(stars.count.toLocaleString('en'), { note: observedNote(stars) }) : unknown(),
  },
  {
    key: 'superseded',
    label: 'Superseded by',
    // The catalogue names a replacement where one is known, so its absence is "none known", not a gap.
    cell: ({ superseded }) =>
      superseded
        ? known(superseded.label, {
            links: [{ text: superseded.label, href: superseded.href }],
            ...(superseded.reason ? { note: superseded.reason } : {}),
          })
        : known('none known'),
  },
  {
    key: 'link',
    label: 'Link',
    marksDifference: false,
    cell: ({ url, link }) => {
      const address = url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')
      const links = [{ text: address, href: url }]
      if (!link) return known(address, { links })
      const checked = formatObserved(link.checked)
      if (link.status === 'broken')
        return known(address, { links, warning: 'Broken link', note: `link check, ${checked}` })
      const verdict = link.status === 'ok' ? 'answered' : 'redirected'
      return known(address, { links, note: `link check: ${verdict}, ${checked}` })
    },
  },
]

/** The row labels in order, for pages and tests that name them. */
export const ROW_LABELS: readonly string[] = ROWS.map((row) => row.label)

/** The comparison of these entries, one row per fact, one cell per entry in the order given. */
export function compareRows(entries: readonly CompareFacts[], topics: TopicTitles): CompareRow[] {
  return ROWS.map(({ key, label, cell, marksDifference }) => {
    const cells = entries.map((facts) => cell(facts, topics))
    const texts = new Set(cells.map(({ text }) => text))
    return { key, label, cells, differs: marksDifference !== false && texts.size > 1 }
  })
}
