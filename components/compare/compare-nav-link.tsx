import { compareHref, MAX_COMPARED, SLUG_SHAPE } from '@/lib/compare/address'
import { PICKS_STORAGE } from '@/lib/compare/picks'
import { withBasePath } from '@/lib/base-path'

import { SiteLink } from '../layout/site-link'

type Config = typeof PICKS_STORAGE & { href: string; slugShape: string; max: number }

/**
 * Runs at the end of the header, on every page: once the reader has picked entries, the header's link
 * counts them and opens their comparison. Plain JavaScript, so that pages the build leaves without React
 * (tools/site/prune-export.mjs) show the picks too; it changes attributes only, which hydration leaves
 * alone. Sent as its source text: it may use nothing outside itself.
 */
function compareNavScript(config: Config) {
  const slugShape = new RegExp(config.slugShape)
  const update = () => {
    let slugs: string[] = []
    try {
      const data: unknown = JSON.parse(localStorage.getItem(config.key) ?? '[]')
      if (Array.isArray(data))
        slugs = data
          .map((pick: { slug?: unknown } | null) => pick?.slug)
          .filter((slug): slug is string => typeof slug === 'string' && slugShape.test(slug))
          .slice(0, config.max)
    } catch {
      // Unreadable or refused storage: nothing picked.
    }
    for (const link of document.querySelectorAll('[data-compare-link]')) {
      link.setAttribute('href', slugs.length > 0 ? `${config.href}?e=${slugs.join(',')}` : config.href)
      if (slugs.length > 0) link.setAttribute('data-count', String(slugs.length))
      else link.removeAttribute('data-count')
      link.setAttribute('aria-label', slugs.length > 0 ? `Compare ${slugs.length} picked` : 'Compare')
    }
  }
  update()
  window.addEventListener('storage', (event) => {
    if (event.key === config.key || event.key === null) update()
  })
  window.addEventListener(config.changedEvent, update)
}

/** The header's link to the comparison page, counting the reader's picks ("Compare (2)", styled in globals.css). */
export function CompareNavLink({ className }: { className?: string }) {
  return (
    <SiteLink href={compareHref([])} className={className} data-compare-link suppressHydrationWarning>
      Compare
    </SiteLink>
  )
}

/**
 * The script that counts the picks on the link. It goes after the whole header: the parser may paint
 * what it has at a script, and a header painted without its last items shifts when they arrive.
 */
export function CompareNavScript() {
  const config: Config = {
    ...PICKS_STORAGE,
    href: withBasePath(compareHref([])),
    slugShape: SLUG_SHAPE.source,
    max: MAX_COMPARED,
  }
  return (
    <script
      dangerouslySetInnerHTML={{ __html: `(${compareNavScript.toString()})(${JSON.stringify(config)})` }}
    />
  )
}
