import { SiteLink } from '@/components/layout/site-link'

type TopicTable = { slug: string; title: string; href: string; packages: number; shown: number }

/** The ready-made comparisons, one per topic with at least two packages: static pages that need no script. */
export function TopicTables({ tables }: { tables: readonly TopicTable[] }) {
  return (
    <section aria-labelledby="topic-tables" className="mt-10 max-w-3xl">
      <h2 id="topic-tables" className="text-xl font-semibold">
        Ready-made tables by topic
      </h2>
      <p className="mt-1 text-sm text-ink-soft">
        Each topic’s packages side by side, the maintained ones first. They work without JavaScript.
      </p>
      <ul className="mt-4 grid gap-2 sm:grid-cols-2" data-testid="topic-tables">
        {tables.map((table) => (
          <li key={table.slug}>
            <SiteLink href={table.href} className="font-medium text-accent hover:underline">
              {table.title}
            </SiteLink>{' '}
            <span className="text-sm text-muted">
              {table.shown < table.packages
                ? `${table.shown} of ${table.packages} packages`
                : `${table.packages} packages`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
