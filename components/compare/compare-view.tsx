'use client'

import { SiteLink } from '@/components/layout/site-link'
import { useSearchParams } from 'next/navigation'
import { useEffect, useMemo } from 'react'

import { compareSearch, MAX_COMPARED, parseCompareAddress, resolveComparison } from '@/lib/compare/address'
import type { CompareFacts } from '@/lib/compare/facts'
import { comparisonTitle } from '@/lib/compare/title'
import { useCompareFacts } from '@/hooks/use-compare-facts'
import { toggleComparePick, useComparePicks } from '@/hooks/use-compare-picks'

import { CompareTable } from './compare-table'

type Props = {
  /** The parts of the comparison data, /compare-data/<n>.json with the base path, in order. */
  dataUrls: string[]
  /** The site's name, for the browser tab: "Compare A and B · <site>". */
  siteName: string
}

/** The comparison the address asks for: `?e=slug-a,slug-b`. Removing a column writes a new address. */
export function CompareView({ dataUrls, siteName }: Props) {
  const search = useSearchParams().toString()
  const address = useMemo(() => parseCompareAddress(search), [search])
  const wanted = useMemo(
    () => (address.add ? [...address.names, address.add] : address.names),
    [address.names, address.add],
  )
  const loaded = useCompareFacts(dataUrls, wanted)
  const { bySlug } = loaded
  const picks = useComparePicks()
  const comparison = useMemo(() => resolveComparison(address, (slug) => bySlug.has(slug)), [address, bySlug])
  const columns = comparison.slugs.flatMap((slug) => bySlug.get(slug) ?? [])
  const title = comparisonTitle(columns.map((column) => column.title))

  useEffect(() => {
    document.title = `${title} · ${siteName}`
  }, [title, siteName])

  // `?add=<slug>` (an entry page's link): add it to the picks, then show them all as `?e=…`.
  useEffect(() => {
    if (!address.add || loaded.status !== 'ready') return
    const added = bySlug.get(address.add)
    const picked = picks.some((pick) => pick.slug === address.add)
    if (added && !picked && picks.length < MAX_COMPARED) {
      toggleComparePick({ slug: address.add, title: added.title })
      return
    }
    const slugs = picks.map((pick) => pick.slug)
    window.history.replaceState(null, '', `${window.location.pathname}${compareSearch(slugs)}`)
  }, [address.add, loaded.status, bySlug, picks])

  const remove = (slug: string) => {
    const next = comparison.slugs.filter((other) => other !== slug)
    window.history.pushState(null, '', `${window.location.pathname}${compareSearch(next)}`)
  }

  return (
    <div className="grid gap-4" data-compare-view={loaded.status}>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
      {loaded.status === 'loading' && address.names.length > 0 && (
        <p className="text-muted">Loading the entries…</p>
      )}
      {loaded.status === 'failed' && (
        <p className="text-muted">The entries could not be loaded. Reload the page to try again.</p>
      )}
      {loaded.status === 'ready' && (
        <>
          <AddressNotes unknown={comparison.unknown} malformed={address.malformed} cut={comparison.cut} />
          {columns.length >= 2 ? (
            <CompareTable columns={columns} topics={loaded.topics} onRemove={remove} />
          ) : (
            <TooFew picked={columns} />
          )}
        </>
      )}
    </div>
  )
}

/** What the address asked for that is not shown, and why. Names are shown as text only. */
function AddressNotes({ unknown, malformed, cut }: { unknown: string[]; malformed: number; cut: number }) {
  if (unknown.length === 0 && malformed === 0 && cut === 0) return null
  return (
    <ul className="grid gap-1 text-sm text-ink-soft" data-testid="compare-notes">
      {cut > 0 && (
        <li>
          The address names {MAX_COMPARED + cut} entries; a comparison shows at most {MAX_COMPARED}, so the
          first {MAX_COMPARED} are shown.
        </li>
      )}
      {unknown.length > 0 && (
        <li>
          No entry is named{' '}
          {unknown.map((name, index) => (
            <span key={name}>
              {index > 0 && ', '}
              <code className="rounded bg-chip px-1">{name}</code>
            </span>
          ))}
          : left out.
        </li>
      )}
      {malformed > 0 && (
        <li>
          {malformed} {malformed === 1 ? 'part' : 'parts'} of the address {malformed === 1 ? 'is' : 'are'} not
          an entry’s name: left out.
        </li>
      )}
    </ul>
  )
}

function TooFew({ picked }: { picked: CompareFacts[] }) {
  return (
    <p className="max-w-3xl text-ink-soft" data-testid="compare-too-few">
      {picked[0] ? (
        <>
          Only{' '}
          <SiteLink href={picked[0].permalink} className="text-accent underline">
            {picked[0].title}
          </SiteLink>{' '}
          is picked: a comparison needs at least two entries.
        </>
      ) : (
        'Nothing to compare yet.'
      )}{' '}
      Press <strong>Compare</strong> on the entries you want side by side, on any list or entry page, then
      open the comparison from the tray at the bottom of the screen; or start from a topic’s table below.
    </p>
  )
}
