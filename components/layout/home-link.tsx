import Link from 'next/link'
import type { ReactNode } from 'react'

import { permalinks } from '@/lib/schema/permalinks'

/**
 * A link to the home page that is fetched when followed, not prefetched: the home page lists the
 * catalogue, so its payload grows with it (190 kB at 10,000 entries), and every page links home.
 */
export function HomeLink({ className, children }: { className: string; children: ReactNode }) {
  return (
    <Link href={permalinks.home()} prefetch={false} className={className}>
      {children}
    </Link>
  )
}
