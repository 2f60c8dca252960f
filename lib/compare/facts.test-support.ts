import type { CompareFacts } from './facts'

/** A package's facts with nothing observed; tests add what they need. */
export function factsOf(slug: string, extra: Partial<CompareFacts> = {}): CompareFacts {
  return {
    slug,
    title: slug,
    permalink: `/entries/${slug}/`,
    url: `https://github.com/example/${slug}`,
    host: 'github.com',
    type: 'repository',
    topics: ['caching'],
    access: 'free',
    authors: [],
    published: null,
    verified: null,
    release: null,
    maintenance: null,
    licence: null,
    stars: null,
    superseded: null,
    link: null,
    ...extra,
  }
}
