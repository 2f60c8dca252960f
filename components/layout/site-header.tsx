import Link from 'next/link'

import { permalinks } from '@/lib/schema/permalinks'
import { site } from '@/lib/site'

import { HomeLink } from './home-link'
import { ThemeToggle } from './theme-toggle'

/** Its links are fetched when followed: prefetching them would cost every visitor on every page load. */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-card">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
        <HomeLink className="text-lg font-semibold tracking-tight text-accent">{site.name}</HomeLink>
        <div className="flex items-center gap-5">
          <nav aria-label="Main">
            <ul className="flex gap-5 text-sm font-medium text-ink-soft">
              <li>
                <Link href={permalinks.topics()} prefetch={false} className="hover:text-accent">
                  Topics
                </Link>
              </li>
              <li>
                <Link href={permalinks.types()} prefetch={false} className="hover:text-accent">
                  Media types
                </Link>
              </li>
              <li>
                <Link href={permalinks.compare()} prefetch={false} className="hover:text-accent">
                  Compare
                </Link>
              </li>
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </div>
    </header>
  )
}
