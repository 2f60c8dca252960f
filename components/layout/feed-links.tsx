import type { FeedLink } from '@/lib/schema/permalinks'
import { withBasePath } from '@/lib/base-path'

/** A visible way to follow a page: its Atom and JSON feeds. */
export function FeedLinks({ feed }: { feed: FeedLink }) {
  return (
    <p className="text-sm text-muted">
      Follow new entries here:{' '}
      <a
        href={withBasePath(feed.path('xml'))}
        className="text-accent underline underline-offset-2"
        type="application/atom+xml"
      >
        Atom feed
      </a>{' '}
      ·{' '}
      <a
        href={withBasePath(feed.path('json'))}
        className="text-accent underline underline-offset-2"
        type="application/feed+json"
      >
        JSON Feed
      </a>
    </p>
  )
}
