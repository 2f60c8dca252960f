import { permalinks } from '@/lib/schema/permalinks'
import { site } from '@/lib/site'

import { SiteLink } from './site-link'

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-card">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted sm:px-6">
        <p>
          {site.name}: {site.tagline} Entries are markdown files; suggest one with a pull request.{' '}
          <SiteLink href={permalinks.about()} className="text-accent underline">
            About the figures
          </SiteLink>
        </p>
      </div>
    </footer>
  )
}
