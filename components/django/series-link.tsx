import type { ReactNode } from 'react'

import { permalinks } from '@/lib/schema/permalinks'
import { withBasePath } from '@/lib/site'

/**
 * A link to a Django series' page. A plain link, not next/link: Next.js drops the trailing slash of a path
 * whose last part has a dot ("/django/6.1/" would become "/django/6.1"), which a static host may not serve.
 */
export function SeriesLink({
  series,
  className,
  children,
}: {
  series: string
  className?: string
  children: ReactNode
}) {
  return (
    <a href={withBasePath(permalinks.djangoSeries(series))} className={className}>
      {children}
    </a>
  )
}
