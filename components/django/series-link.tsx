import type { ReactNode } from 'react'

import { permalinks } from '@/lib/schema/permalinks'

import { SiteLink } from '../layout/site-link'

export function SeriesLink({ series, children }: { series: string; children: ReactNode }) {
  return (
    <SiteLink href={permalinks.djangoSeries(series)} className="text-accent underline">
      {children}
    </SiteLink>
  )
}
