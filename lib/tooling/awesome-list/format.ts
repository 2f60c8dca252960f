import { isMediaType, type MediaType } from '../../media-types'

/**
 * The conventions our exported AWESOME.md adds to a plain awesome-list item, shared by the renderer
 * and the parser so that an export imports back unchanged:
 *
 *   - [Title](https://…): Description. *(video)* — also: [Caching](#caching), [Search](#search)
 *
 * The emphasised "(video)" is the media type; the "also" links name the entry's other topics.
 */

export const ALSO_LABEL = '— also:'

export function typeMarker(type: MediaType): string {
  return `(${type})`
}

/** The media type a marker's text names, e.g. "(video)" → video; null for any other text. */
export function readTypeMarker(text: string): MediaType | null {
  const trimmed = text.trim()
  if (!trimmed.startsWith('(') || !trimmed.endsWith(')')) return null
  const inner = trimmed.slice(1, -1).trim().toLowerCase()
  return isMediaType(inner) ? inner : null
}
