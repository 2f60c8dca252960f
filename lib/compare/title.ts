/** Names listed in a comparison's title before the rest are counted. */
const NAMED_IN_TITLE = 3

/** "Compare django-cachalot, django-cacheops and django-redis"; past three, "… and 2 more". */
export function comparisonTitle(titles: readonly string[]): string {
  if (titles.length === 0) return 'Compare'
  if (titles.length === 1) return `Compare ${titles[0]}`
  const named = titles.length > NAMED_IN_TITLE ? titles.slice(0, NAMED_IN_TITLE) : titles.slice(0, -1)
  const last = titles.length > NAMED_IN_TITLE ? `${titles.length - NAMED_IN_TITLE} more` : titles.at(-1)
  return `Compare ${named.join(', ')} and ${last}`
}

/** "django-cachalot, django-cacheops and django-redis compared": the table's name for screen readers. */
export function comparisonCaption(titles: readonly string[]): string {
  const named =
    titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : (titles[0] ?? '')
  return `${named} compared`
}
