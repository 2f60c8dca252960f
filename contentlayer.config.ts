import { defineDocumentType, makeSource, type ComputedFields } from 'contentlayer2/source-files'

import { ACCESS_LEVELS } from './lib/schema/entry-fields'
import { MEDIA_TYPES } from './lib/schema/media-types'
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

// Values are checked before contentlayer runs (tools/content/validate.ts, tools/content/content-rules.ts);
// this schema gives the generated data its types.
export const Entry = defineDocumentType(() => ({
  name: 'Entry',
  filePathPattern: 'entries/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    url: { type: 'string', required: true },
    type: { type: 'enum', options: [...MEDIA_TYPES], required: true },
    topics: { type: 'list', of: { type: 'string' }, required: true },
    // YYYY-MM-DD as written (the rules check it): a date-only string, never a timestamp.
    added: { type: 'string', required: true },
    authors: { type: 'list', of: { type: 'string' } },
    published: { type: 'string' },
    duration: { type: 'string' },
    repository: { type: 'string' },
    access: { type: 'enum', options: [...ACCESS_LEVELS], default: 'free' },
    django: { type: 'string' },
    keywords: { type: 'list', of: { type: 'string' } },
    package: { type: 'string' },
    supersededBy: { type: 'string' },
    supersededReason: { type: 'string' },
    sources: { type: 'list', of: { type: 'string' } },
    verified: { type: 'string' },
  },
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
  fields: {
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    order: { type: 'number' },
  },
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
