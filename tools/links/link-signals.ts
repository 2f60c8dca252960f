import type { LinkResult } from './link-check'
import type { LinkSignal, SignalsFile } from '../../lib/signals/schema'

/**
 * Records each entry's link verdict from `npm run check-links`. A timeout says the host was slow, not
 * that the link is gone, so it keeps the stored verdict and records the error instead.
 */
export function recordLinkResults(
  stored: SignalsFile,
  entries: readonly { slug: string; url: string }[],
  results: readonly LinkResult[],
  today: string,
): SignalsFile {
  const signals: SignalsFile = structuredClone(stored)
  const byUrl = new Map(results.map((result) => [result.url, result]))
  for (const { slug, url } of entries) {
    const result = byUrl.get(url)
    if (!result) continue
    const entry = (signals[slug] ??= {})
    if (result.status === 'timeout') {
      entry.errors = { ...entry.errors, link: { message: result.error ?? 'timed out', at: today } }
      continue
    }
    entry.link = linkSignalOf(result, today)
    if (entry.errors?.link) {
      delete entry.errors.link
      if (Object.keys(entry.errors).length === 0) delete entry.errors
    }
  }
  return signals
}

function linkSignalOf(result: LinkResult, checked: string): LinkSignal {
  const link: LinkSignal = { status: result.status as LinkSignal['status'], checked }
  if (result.finalUrl !== result.url) link.finalUrl = result.finalUrl
  if (result.status === 'broken' && result.error) link.detail = result.error
  return link
}
