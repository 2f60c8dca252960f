import type { EntryRecord } from '../content/content-rules'
import type { UpstreamFields } from '../content/entry-file'
import { collapse } from './format'

const FIELD_LABELS: Record<keyof UpstreamFields, string> = {
  title: 'title',
  type: 'media type',
  access: 'access',
  body: 'description',
}
export const label = (field: keyof UpstreamFields) => FIELD_LABELS[field]

/**
 * The upstream fields that differ from our file. An item without a description says nothing about ours;
 * a one-paragraph description matches ours when it equals our body or our body's first paragraph.
 */
export function differences(ours: EntryRecord, upstream: UpstreamFields): (keyof UpstreamFields)[] {
  const changes: (keyof UpstreamFields)[] = []
  if (ours.title !== upstream.title) changes.push('title')
  if (ours.type !== upstream.type) changes.push('type')
  if (ours.access !== upstream.access) changes.push('access')
  const theirs = collapse(upstream.body)
  if (theirs !== '') {
    const body = ours.body.trim()
    const firstParagraph = body.split(/\n\s*\n/)[0] ?? ''
    if (theirs !== collapse(body) && theirs !== collapse(firstParagraph)) changes.push('body')
  }
  return changes
}
