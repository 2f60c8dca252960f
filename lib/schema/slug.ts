/** The longest slug a title gives; longer titles are cut at a word. */
export const MAX_SLUG_LENGTH = 80

/**
 * The one slug rule of the project: lowercase ASCII words joined by "-" (accents dropped), cut at a word
 * to MAX_SLUG_LENGTH; "entry" when the title has no letter or digit to keep.
 */
export function slugify(title: string): string {
  // Decomposing accents is the costly step; most titles have none.
  const ascii = /^[\x00-\x7f]*$/.test(title) ? title : title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  const words = ascii
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > MAX_SLUG_LENGTH) break
    slug = next
  }
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || 'entry'
}
