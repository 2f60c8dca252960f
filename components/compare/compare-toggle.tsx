'use client'

import { toggleComparePick, useComparePicks } from '@/hooks/use-compare-picks'
import { useHydrated } from '@/hooks/use-hydrated'

type Props = { slug: string; title: string; className?: string }

/**
 * Puts an entry in the comparison tray or takes it out. It needs JavaScript, so the static HTML keeps its
 * place without showing it: nothing moves when it appears.
 */
export function CompareToggle({ slug, title, className = '' }: Props) {
  const picked = useComparePicks().some((pick) => pick.slug === slug)
  const hydrated = useHydrated()
  return (
    <button
      type="button"
      aria-pressed={picked}
      // The accessible name starts with the visible text, as WCAG 2.5.3 asks.
      aria-label={`Compare ${title}`}
      onClick={() => toggleComparePick({ slug, title })}
      className={['compare-toggle', hydrated ? '' : 'invisible', className].filter(Boolean).join(' ')}
    >
      <span aria-hidden="true">{picked ? '✓' : '+'}</span>
      Compare
    </button>
  )
}
