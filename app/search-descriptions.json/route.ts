import { getSearchDescriptionsPayload } from '@/lib/content/search-data'

export const dynamic = 'force-static'

/** The descriptions, in the index's order: fetched once the index is in, so search can read them too. */
export function GET() {
  return Response.json(getSearchDescriptionsPayload())
}
