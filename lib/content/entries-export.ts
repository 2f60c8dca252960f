import 'server-only'

import { builtOn } from './build-date'
import { getEntries, topicsOf } from './catalog'
import { djangoSupportOf, supportedDjango, writtenForOf } from './django'
import { getStoredSignals, signalsOf, supersededOf } from './signals'
import { permalinks } from '../schema/permalinks'
import { absoluteUrl } from '../site'

/**
 * Every entry with its fields, its observed signals and what the site derives from them as of the build,
 * and its permalink, for people who want to reuse the data (/entries.json).
 */
export function entriesExport() {
  return {
    generated_from: absoluteUrl(permalinks.home()),
    built: builtOn(),
    /** The Django series supported on the build day, as django_support reads them. */
    django_series: supportedDjango().map(({ series, lts, extendedEnds }) => ({
      series,
      lts,
      extended_support_ends: extendedEnds,
    })),
    count: getEntries().length,
    entries: getEntries().map((entry) => {
      const superseded = supersededOf(entry)
      const support = djangoSupportOf(entry)
      return {
        slug: entry.slug,
        title: entry.title,
        url: entry.url,
        type: entry.type,
        access: entry.access,
        topics: topicsOf(entry).map((topic) => ({ slug: topic.slug, title: topic.title })),
        host: entry.host,
        description: entry.description,
        keywords: entry.keywords ?? [],
        authors: entry.authors ?? [],
        published: entry.published ?? null,
        duration: entry.duration ?? null,
        repository: entry.repository ?? null,
        added: entry.added,
        sources: entry.sources ?? [],
        verified: entry.verified ?? null,
        permalink: absoluteUrl(entry.permalink),
        superseded_by: superseded && {
          ...superseded,
          href: superseded.href.startsWith('/') ? absoluteUrl(superseded.href) : superseded.href,
        },
        maintenance: signalsOf(entry).maintenance,
        // Per supported series: declared, not-declared or unknown (null for an entry that is no package).
        django_support: support && Object.fromEntries(support.map(({ series, status }) => [series, status])),
        written_for_django: writtenForOf(entry),
        signals: getStoredSignals(entry.slug) ?? null,
      }
    }),
  }
}
