import { describe, expect, it } from 'vitest'

import { Entry, Topic } from '../../contentlayer.config'
import { entryFrontmatter, topicFrontmatter } from './entry'
import { MEDIA_TYPES } from './media-types'

describe("contentlayer's document types, derived from the frontmatter schemas", () => {
  const entryFields = Entry.def().fields as Record<string, object>

  it('have exactly the fields of the schemas, in their order', () => {
    expect(Object.keys(entryFields)).toEqual(Object.keys(entryFrontmatter.shape))
    expect(Object.keys(Topic.def().fields as object)).toEqual(Object.keys(topicFrontmatter.shape))
  })

  it('make required what the schema requires, and carry its types, options and defaults', () => {
    expect(entryFields.title).toEqual({ type: 'string', required: true })
    expect(entryFields.type).toEqual({ type: 'enum', options: [...MEDIA_TYPES], required: true })
    expect(entryFields.topics).toEqual({ type: 'list', of: { type: 'string' }, required: true })
    expect(entryFields.access).toEqual({
      type: 'enum',
      options: ['free', 'paid'],
      required: false,
      default: 'free',
    })
    expect(entryFields.sources).toEqual({ type: 'list', of: { type: 'string' }, required: false })
    expect(entryFields.verified).toEqual({ type: 'string', required: false })
    expect((Topic.def().fields as Record<string, object>).order).toEqual({ type: 'number', required: false })
  })
})
