import { getEntries, getListedTopics } from '@/lib/content/catalog'
import { ogImage } from '@/lib/content/og-image'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

export function GET() {
  return ogImage({
    eyebrow: 'A searchable directory',
    title: site.name,
    detail: `${getEntries().length} resources in ${getListedTopics().length} topics on running Django at scale`,
  })
}
