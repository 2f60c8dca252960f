import { WITHOUT_SIGNALS, type SearchDoc } from './search-doc'

let made = 0

/** For tests: a search document with only the fields a test names; everything else is neutral. */
export function testDoc(fields: Partial<SearchDoc>): SearchDoc {
  const slug = fields.slug ?? `doc-${(made += 1)}`
  return {
    slug,
    title: '',
    url: `https://example.org/${slug}`,
    permalink: `/entries/${slug}/`,
    description: '',
    authors: [],
    topics: [],
    topicTitles: [],
    type: 'article',
    typeLabel: 'Article',
    host: 'example.org',
    added: '2026-01-01',
    published: null,
    keywords: [],
    access: 'free',
    ...WITHOUT_SIGNALS,
    ...fields,
  }
}
