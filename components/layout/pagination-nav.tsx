import type { Pagination } from '@/lib/pagination'

import { SiteLink } from './site-link'

/** Previous / next links between the static pages of a long list. */
export function PaginationNav({
  page,
  pageCount,
  hrefOf,
}: Pagination & { hrefOf: (page: number) => string }) {
  if (pageCount <= 1) return null
  const link =
    'rounded-md border border-line-strong bg-card px-3 py-1.5 font-medium text-ink-soft hover:bg-chip'
  return (
    <nav aria-label="Pages" className="mt-8 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <SiteLink href={hrefOf(page - 1)} className={link} rel="prev">
          ← Previous
        </SiteLink>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <SiteLink href={hrefOf(page + 1)} className={link} rel="next">
          Next →
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  )
}
