/** Long lists are cut into static pages of this many entries. */
export const LIST_PAGE_SIZE = 100

export type Pagination = { page: number; pageCount: number }

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / LIST_PAGE_SIZE))
}

export function pageOf<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE)
}

/** The optional catch-all segments of a paginated list: none for page 1, `page/N` after it. */
export function paginationSegments(page: number): string[] {
  return page === 1 ? [] : ['page', String(page)]
}

/** The page a list's optional catch-all segments name, or null when they name none of its pages. */
export function pageFromSegments(segments: string[] | undefined, total: number): number | null {
  if (!segments || segments.length === 0) return 1
  const [word, number = ''] = segments
  if (segments.length !== 2 || word !== 'page' || !/^[1-9]\d*$/.test(number)) return null
  const page = Number(number)
  return page >= 2 && page <= pageCount(total) ? page : null
}
