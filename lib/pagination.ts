/** Long lists are cut into static pages of this many entries; the real catalogue fits on one. */
export const LIST_PAGE_SIZE = 100

export type Pagination = { page: number; pageCount: number }

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / LIST_PAGE_SIZE))
}

export function pageOf<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE)
}

/** A page number from a URL segment, or null when it is not one of the list's pages. */
function parsePage(segment: string, total: number): number | null {
  if (!/^[1-9]\d*$/.test(segment)) return null
  const page = Number(segment)
  return page >= 2 && page <= pageCount(total) ? page : null
}

/** The optional catch-all segments of a paginated list: none for page 1, `page/N` after it. */
export function paginationSegments(page: number): string[] {
  return page === 1 ? [] : ['page', String(page)]
}

/** The page a list's optional catch-all segments name, or null when they name none of its pages. */
export function pageFromSegments(segments: string[] | undefined, total: number): number | null {
  if (!segments || segments.length === 0) return 1
  if (segments.length !== 2 || segments[0] !== 'page') return null
  return parsePage(segments[1] ?? '', total)
}
