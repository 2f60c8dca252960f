import { describe, expect, it } from 'vitest'

import { getEntries } from '../../lib/content/catalog'
import { getSearchDocs } from '../../lib/content/search-data'
import { WITHOUT_SIGNALS } from '../../lib/search/search-doc'
import { readCatalogueDocs } from './catalogue-docs'

// Needs the content build (npm run content), as the site does: the evaluation must search what the site searches.
describe('readCatalogueDocs', () => {
  const bySlug = <T extends { slug: string }>(items: readonly T[]) =>
    items.toSorted((a, b) => (a.slug < b.slug ? -1 : 1))
  const fromFiles = bySlug(readCatalogueDocs('content'))

  it('builds from the files the same search documents the site builds from its content build', () => {
    // Search reads no signals and the evaluation leaves them out; everything else must agree.
    const withoutSignals = getSearchDocs().map((doc) => ({
      ...doc,
      ...WITHOUT_SIGNALS,
    }))
    expect(fromFiles).toEqual(bySlug(withoutSignals))
  })

  it('carries each entry’s keywords, or none', () => {
    const generated = new Map(getEntries().map((entry) => [entry.slug, entry.keywords ?? []]))
    expect(fromFiles.map(({ slug, keywords }) => [slug, keywords])).toEqual(
      fromFiles.map(({ slug }) => [slug, generated.get(slug)]),
    )
    expect(fromFiles.some(({ keywords }) => keywords.length > 0)).toBe(true)
  })
})
