import type { MetadataRoute } from 'next'

import { permalinks } from '@/lib/schema/permalinks'
import { absoluteUrl } from '@/lib/site'

export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: absoluteUrl(permalinks.sitemap()) }
}
