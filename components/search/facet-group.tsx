'use client'

import type { FacetOption } from '@/lib/search/facets'

type Props = {
  legend: string
  name: string
  options: FacetOption[]
  selected: readonly string[]
  onToggle: (value: string) => void
}

/**
 * A set of checkboxes with live counts; several ticked values of one group widen the results. A value
 * that would give nothing stays in place with 0 and cannot be ticked, unless it is ticked already.
 */
export function FacetGroup({ legend, name, options, selected, onToggle }: Props) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold text-ink-soft">{legend}</legend>
      <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
        {options.map((option) => {
          const checked = selected.includes(option.value)
          const disabled = option.count === 0 && !checked
          const id = `${name}-${option.value}`
          return (
            <li key={option.value}>
              <label
                htmlFor={id}
                className={`flex items-center justify-between gap-3 rounded-md border px-2.5 py-1.5 text-sm ${
                  checked
                    ? 'cursor-pointer border-accent bg-accent-soft text-accent'
                    : disabled
                      ? 'cursor-not-allowed border-dashed border-line bg-card text-muted'
                      : 'cursor-pointer border-line bg-card text-ink-soft hover:border-line-strong'
                }`}
              >
                <span className="flex items-center gap-2">
                  <input
                    id={id}
                    type="checkbox"
                    name={name}
                    value={option.value}
                    checked={checked}
                    disabled={disabled}
                    onChange={() => onToggle(option.value)}
                    className="accent-[var(--accent)]"
                  />
                  {option.label}
                </span>
                {/* As wide for 0 as for 10,000 and read from the left: a count that changes moves nothing. */}
                <span className="min-w-[5ch] text-xs text-muted tabular-nums">
                  {option.count}
                  <span className="sr-only"> {option.count === 1 ? 'entry' : 'entries'}</span>
                </span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
