import { feedResponse, siteFeed } from '@/lib/content/feeds'

export const dynamic = 'force-static'

export function GET() {
  return feedResponse(siteFeed(), 'json')
}
