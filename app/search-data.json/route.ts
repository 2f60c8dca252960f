import { getSearchDocs } from '@/lib/search-docs'

export const dynamic = 'force-static'

/** The slim documents live search fetches on first use, as one static JSON file. */
export function GET() {
  return Response.json(getSearchDocs())
}
