import { AnyLink, SiteLink } from '@/components/layout/site-link'
import { Fragment } from 'react'

import type { CompareFacts } from '@/lib/compare/facts'
import { compareRows, type Cell, type CellLink } from '@/lib/compare/rows'
import { comparisonCaption } from '@/lib/compare/title'

import { WARNING_TONE } from '../entry/entry-signals'

type Props = {
  columns: readonly CompareFacts[]
  /** Topic titles by slug, for the topics row. */
  topics: Readonly<Record<string, string>>
  /** Offered on the /compare/ page: takes an entry out of the comparison. */
  onRemove?: (slug: string) => void
}

/**
 * Entries side by side, one column each, one row per fact. The same markup whether the server renders it
 * (a topic's ready-made table) or the browser does (/compare/). The row names stay in place while the
 * columns scroll sideways inside the table's own box, so the page itself never scrolls sideways.
 */
export function CompareTable({ columns, topics, onRemove }: Props) {
  const caption = comparisonCaption(columns.map((column) => column.title))
  return (
    <div
      role="region"
      aria-label={caption}
      // A box that scrolls must be reachable by keyboard to be scrolled without a mouse.
      tabIndex={0}
      className="w-fit max-w-full overflow-x-auto rounded-lg border border-line bg-card"
      data-compare-table
    >
      <table className="border-separate border-spacing-0 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <td className={`${ROW_NAME} border-b border-line`} />
            {columns.map((column) => (
              <th
                key={column.slug}
                scope="col"
                className={`${CELL} border-b border-line text-left align-bottom`}
                data-column={column.slug}
              >
                <SiteLink href={column.permalink} className="font-semibold text-ink hover:underline">
                  {column.title}
                </SiteLink>
                <span className="block font-mono text-xs font-normal text-muted">{column.host}</span>
                {onRemove && (
                  <button
                    type="button"
                    onClick={() => onRemove(column.slug)}
                    className="mt-1 text-xs font-normal text-accent underline hover:no-underline"
                    aria-label={`Remove ${column.title} from the comparison`}
                  >
                    Remove
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {compareRows(columns, topics).map((row) => (
            <tr key={row.key} data-row={row.key} data-differs={row.differs ? '' : undefined}>
              <th scope="row" className={`${ROW_NAME} border-b border-line text-left align-top font-medium`}>
                {row.label}
                {row.differs && (
                  <span className="mt-0.5 block text-xs font-normal text-accent" data-differs-mark>
                    <span aria-hidden="true">≠ </span>differs
                  </span>
                )}
              </th>
              {row.cells.map((cell, index) => (
                <CellView key={columns[index]?.slug ?? index} cell={cell} differs={row.differs} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The row names: pinned to the left edge, opaque, narrow enough to leave a phone room for a column. */
const ROW_NAME = 'sticky left-0 z-10 w-28 min-w-28 bg-card px-3 py-2 sm:w-40 sm:min-w-40'
const CELL = 'w-44 min-w-44 max-w-72 px-3 py-2 [overflow-wrap:anywhere]'

function CellView({ cell, differs }: { cell: Cell; differs: boolean }) {
  return (
    <td className={`${CELL} border-b border-line align-top ${differs ? 'bg-accent-soft' : ''}`}>
      <span className={cell.known ? 'text-ink' : 'text-muted italic'} data-known={cell.known}>
        {cell.links
          ? cell.links.map((link: CellLink, index) => (
              <Fragment key={link.href}>
                {index > 0 && ', '}
                <AnyLink href={link.href} className="text-accent underline hover:no-underline">
                  {link.text}
                </AnyLink>
              </Fragment>
            ))
          : cell.text}
      </span>
      {cell.warning && <span className={`mt-1 block w-fit text-xs ${WARNING_TONE}`}>{cell.warning}</span>}
      {cell.note && <span className="mt-0.5 block text-xs text-muted">{cell.note}</span>}
    </td>
  )
}
