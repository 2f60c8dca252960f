import { permalinks } from '@/lib/schema/permalinks'
import { site } from '@/lib/site'

import { CompareNavLink, CompareNavScript } from '../compare/compare-nav-link'
import { SiteLink } from './site-link'
import { ThemeToggle } from './theme-toggle'

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
        <SiteLink href={permalinks.home()} className="text-lg font-semibold tracking-tight text-accent">
          {site.name}
        </SiteLink>
        <div className="flex items-center gap-5">
          <nav aria-label="Main">
            <ul className="flex gap-5 text-sm font-medium text-ink-soft">
              <li>
                <SiteLink href={permalinks.topics()} className="hover:text-accent">
                  Topics
                </SiteLink>
              </li>
              <li>
                <SiteLink href={permalinks.types()} className="hover:text-accent">
                  Media types
                </SiteLink>
              </li>
              <li>
                <CompareNavLink className="hover:text-accent" />
              </li>
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </div>
      <CompareNavScript />
    </header>
  )
}
