'use client'

import type { FacetOption } from '@/lib/content/catalog'

type Props = {
  legend: string
  name: string
  options: FacetOption[]
  selected: readonly string[]
  onToggle: (value: string) => void
}

/** A set of checkboxes with live counts; several ticked values of one group widen the results. */
export function FacetGroup({ legend, name, options, selected, onToggle }: Props) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold text-ink-soft">{legend}</legend>
      <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
        {options.map((option) => {
          const checked = selected.includes(option.value)
          const id = `${name}-${option.value}`
          return (
            <li key={option.value}>
              <label
                htmlFor={id}
                className={`flex cursor-pointer items-center justify-between gap-3 rounded-md border px-2.5 py-1.5 text-sm ${
                  checked
                    ? 'border-accent bg-accent-soft text-accent'
                    : 'border-line bg-card text-ink-soft hover:border-line-strong'
                } ${option.count === 0 && !checked ? 'border-dashed text-muted' : ''}`}
              >
                <span className="flex items-center gap-2">
                  <input
                    id={id}
                    type="checkbox"
                    name={name}
                    value={option.value}
                    checked={checked}
                    onChange={() => onToggle(option.value)}
                    className="accent-[var(--accent)]"
                  />
                  {option.label}
                </span>
                <span className="text-xs text-muted tabular-nums" aria-label={`${option.count} entries`}>
                  {option.count}
                </span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
