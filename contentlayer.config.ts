import {
  defineDocumentType,
  makeSource,
  type ComputedFields,
  type FieldDef,
  type ListFieldDefItem,
} from 'contentlayer2/source-files'
import type { z } from 'zod'

import { entryFrontmatter, topicFrontmatter } from './lib/schema/entry'
import { markdownPipeline } from './lib/schema/markdown'
import { hostOf, permalinks, slugOfPath } from './lib/schema/permalinks'
import { markdownToPlainText } from './lib/schema/plain-text'

/** The slug (the file name) and the permalink made from it, computed for every document type. */
function slugAndPermalink(permalinkOf: (slug: string) => string) {
  const slugOf = (document: { _raw: { sourceFilePath: string } }) => slugOfPath(document._raw.sourceFilePath)
  return {
    slug: { type: 'string', resolve: slugOf },
    permalink: { type: 'string', resolve: (document) => permalinkOf(slugOf(document)) },
  } satisfies ComputedFields
}

/**
 * A document type's fields, derived from its zod schema (lib/schema/entry.ts) so the two cannot drift.
 * The values are checked against the schema before contentlayer runs (`npm run validate`); these fields
 * give the generated data its types. Dates stay text as written ("2026-11-25"), never timestamps.
 */
function fieldsOf(schema: z.ZodObject): Record<string, FieldDef> {
  return Object.fromEntries(Object.entries(schema.shape).map(([name, field]) => [name, fieldOf(name, field)]))
}

function fieldOf(name: string, field: z.ZodType): FieldDef {
  const def = field.def as { type: string; innerType: z.ZodType; defaultValue: unknown }
  if (def.type === 'optional') return { ...fieldOf(name, def.innerType), required: false }
  if (def.type === 'default')
    return { ...fieldOf(name, def.innerType), required: false, default: def.defaultValue } as FieldDef
  return { ...typeOf(name, field), required: true } as FieldDef
}

/** The contentlayer type of a zod type: text, a number, one of a list, or a list of one of these. */
function typeOf(
  name: string,
  field: z.ZodType,
): ListFieldDefItem.Item | { type: 'list'; of: ListFieldDefItem.Item } {
  const def = field.def as { type: string; element: z.ZodType }
  if (def.type === 'string' || def.type === 'number') return { type: def.type }
  if (def.type === 'enum') return { type: 'enum', options: (field as z.ZodEnum).options as string[] }
  if (def.type === 'array') return { type: 'list', of: typeOf(name, def.element) as ListFieldDefItem.Item }
  throw new Error(`contentlayer.config.ts: field "${name}" is a zod ${def.type}; teach typeOf to map it`)
}

export const Entry = defineDocumentType(() => ({
  name: 'Entry',
  filePathPattern: 'entries/*.md',
  contentType: 'markdown',
  fields: fieldsOf(entryFrontmatter),
  computedFields: {
    ...slugAndPermalink(permalinks.entry),
    host: { type: 'string', resolve: (entry) => hostOf(entry.url) },
    description: { type: 'string', resolve: (entry) => markdownToPlainText(entry.body.raw) },
  },
}))

export const Topic = defineDocumentType(() => ({
  name: 'Topic',
  filePathPattern: 'topics/*.md',
  contentType: 'markdown',
  fields: fieldsOf(topicFrontmatter),
  computedFields: {
    ...slugAndPermalink((slug) => permalinks.topic(slug)),
  },
}))

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  // Only documents: content/signals.json is data the build reads itself.
  contentDirInclude: ['entries', 'topics'],
  documentTypes: [Entry, Topic],
  // `type` is an entry's media type, so contentlayer's own discriminator takes another name.
  fieldOptions: { typeFieldName: 'documentType' },
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  // Raw HTML is parsed and then cut down to an allow-list: see lib/schema/markdown.ts.
  markdown: markdownPipeline,
})
