import { defineDocumentType, makeSource } from 'contentlayer2/source-files'

import { ACCESS_LEVELS } from './lib/schema/entry-fields'
import { MEDIA_TYPES } from './lib/schema/media-types'
import { markdownPipeline } from './lib/schema/markdown'
import { hostOf, permalinks, slugOfPath } from './lib/schema/permalinks'
import { markdownToPlainText } from './lib/schema/plain-text'

// Values are checked before contentlayer runs (scripts/validate-content.ts, lib/tooling/content-rules.ts);
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
  },
  computedFields: {
    slug: { type: 'string', resolve: (entry) => slugOfPath(entry._raw.sourceFilePath) },
    permalink: {
      type: 'string',
      resolve: (entry) => permalinks.entry(slugOfPath(entry._raw.sourceFilePath)),
    },
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
    slug: { type: 'string', resolve: (topic) => slugOfPath(topic._raw.sourceFilePath) },
    permalink: {
      type: 'string',
      resolve: (topic) => permalinks.topic(slugOfPath(topic._raw.sourceFilePath)),
    },
  },
}))

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  documentTypes: [Entry, Topic],
  // `type` is an entry's media type, so contentlayer's own discriminator takes another name.
  fieldOptions: { typeFieldName: 'documentType' },
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  // Raw HTML is parsed and then cut down to an allow-list: see lib/schema/markdown.ts.
  markdown: markdownPipeline,
})
