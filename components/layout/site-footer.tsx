import Link from 'next/link'

import { permalinks } from '@/lib/schema/permalinks'
import { site } from '@/lib/site'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-card">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted sm:px-6">
        <p>
          {site.name}: {site.tagline} Entries are markdown files; suggest one with a pull request.{' '}
          <Link href={permalinks.about()} className="text-accent underline">
            About the figures
          </Link>
        </p>
      </div>
    </footer>
  )
}
