import { defineDocumentType, makeSource } from 'contentlayer2/source-files'

import { MEDIA_TYPES } from './lib/media-types'
import { markdownPipeline } from './lib/markdown'
import { hostOf, permalinks, slugOfPath } from './lib/permalinks'
import { markdownToPlainText } from './lib/plain-text'

// Values are checked before contentlayer runs (scripts/validate-content.ts, lib/content-rules.ts);
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
    added: { type: 'date', required: true },
    authors: { type: 'list', of: { type: 'string' } },
    published: { type: 'string' },
    duration: { type: 'string' },
    repository: { type: 'string' },
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
  // Raw HTML is parsed and then cut down to an allow-list: see lib/markdown.ts.
  markdown: markdownPipeline,
})
