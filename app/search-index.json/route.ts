import { getSearchIndexPayload } from '@/lib/content/search-data'

export const dynamic = 'force-static'

/** Everything live search needs to find and show results, but the descriptions: fetched on first use. */
export function GET() {
  return Response.json(getSearchIndexPayload())
}
