import { relative, resolve } from 'node:path'

import { defineCollection, defineConfig } from '@content-collections/core'
import { entryFrontmatter, markdownBody, topicFrontmatter } from './lib/schema/entry'
import { renderMarkdown } from './lib/schema/markdown'
import { hostOf, permalinks, slugOfPath } from './lib/schema/permalinks'
import { markdownToPlainText } from './lib/schema/plain-text'
import { siteEnv } from './lib/env.mjs'

/**
 * The catalogue as the site reads it (`content-collections build` → .content-collections/generated):
 * each file checked against its zod schema (lib/schema/entry.ts), with the slug, permalink and HTML the
 * pages need. `npm run content` runs `npm run validate` beside this build (tools/site/content.mjs): it reports
 * every problem by file and field, and the rules that span files; a document this schema refuses fails the
 * build too.
 */

// Collection folders are relative to this file's folder, where the build runs; CONTENT_DIR may be absolute.
const contentDir = relative(process.cwd(), resolve(siteEnv.contentDir))

const entries = defineCollection({
  name: 'entries',
  directory: `${contentDir}/entries`,
  include: '*.md',
  // The frontmatter's fields, with the body beside them as `content`.
  schema: entryFrontmatter.safeExtend({ content: markdownBody }),
  transform: ({ content, _meta, ...fields }) => {
    const slug = slugOfPath(_meta.filePath)
    return {
      ...fields,
      slug,
      permalink: permalinks.entry(slug),
      host: hostOf(fields.url),
      description: markdownToPlainText(content),
      html: renderMarkdown(content),
    }
  },
})

const topics = defineCollection({
  name: 'topics',
  directory: `${contentDir}/topics`,
  include: '*.md',
  schema: topicFrontmatter.safeExtend({ content: markdownBody }),
  transform: ({ content, _meta, ...fields }) => {
    const slug = slugOfPath(_meta.filePath)
    return { ...fields, slug, permalink: permalinks.topic(slug), html: renderMarkdown(content) }
  },
})

export default defineConfig({ content: [entries, topics] })
