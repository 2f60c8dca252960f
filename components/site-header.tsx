import Link from 'next/link'

import { permalinks } from '@/lib/permalinks'
import { site } from '@/lib/site'

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
        <Link href={permalinks.home()} className="text-lg font-semibold tracking-tight text-emerald-800">
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-5 text-sm font-medium text-stone-700">
            <li>
              <Link href={permalinks.topics()} className="hover:text-emerald-700">
                Topics
              </Link>
            </li>
            <li>
              <Link href={permalinks.types()} className="hover:text-emerald-700">
                Media types
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
