'use client'

import type { RefObject } from 'react'

import { flushTyping } from '@/hooks/use-url-state'

type Props = {
  inputRef: RefObject<HTMLInputElement | null>
  value: string
  label: string
  placeholder: string
  ready: boolean
  onType: (value: string) => void
  onFocus: () => void
  onEscape: () => void
  /** ArrowDown: the container moves focus to the first result, if there is one. */
  onArrowDown: () => boolean
}

/** The search form: a labelled search box that searches as the visitor types. */
export function SearchBox({
  inputRef,
  value,
  label,
  placeholder,
  ready,
  onType,
  onFocus,
  onEscape,
  onArrowDown,
}: Props) {
  return (
    <>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault()
          flushTyping()
        }}
        data-ready={ready}
        className="grid gap-1"
      >
        <label htmlFor="directory-search" className="text-sm font-medium text-ink-soft">
          {label}
        </label>
        <div className="relative">
          <input
            ref={inputRef}
            id="directory-search"
            type="search"
            value={value}
            onChange={(event) => onType(event.target.value)}
            onFocus={onFocus}
            onBlur={flushTyping}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && value) {
                event.preventDefault()
                onEscape()
              } else if (event.key === 'ArrowDown' && onArrowDown()) {
                event.preventDefault()
              }
            }}
            placeholder={placeholder}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            aria-describedby="search-hint"
            className="w-full rounded-lg border border-line-strong bg-card px-4 py-3 pr-20 text-base text-ink shadow-sm placeholder:text-faint focus:border-accent focus:outline-none"
          />
          <kbd
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 right-3 hidden -translate-y-1/2 rounded border border-line px-1.5 text-xs text-muted sm:block"
          >
            /
          </kbd>
        </div>
        <p id="search-hint" className="sr-only">
          Results update as you type. Press the down arrow to move through them and Enter to open one; Escape
          clears the search.
        </p>
      </form>
      <noscript>
        <p className="mt-2 text-sm text-muted">
          Live search needs JavaScript; every entry is listed below, and the topic pages work without it.
        </p>
      </noscript>
    </>
  )
}
