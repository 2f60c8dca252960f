import type { HTMLAttributes } from 'react'

import { SiteLink } from './site-link'

type PageLink = { slug: string; title: string; permalink: string }

/** A list of links to pages of the site (topics, entries) by their titles; the caller lays it out. */
export function PageLinks({
  pages,
  ...list
}: { pages: readonly PageLink[]; className: string } & HTMLAttributes<HTMLUListElement>) {
  return (
    <ul {...list}>
      {pages.map((page) => (
        <li key={page.slug}>
          <SiteLink href={page.permalink} className="text-accent hover:underline">
            {page.title}
          </SiteLink>
        </li>
      ))}
    </ul>
  )
}
