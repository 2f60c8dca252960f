'use client'

import { useTheme } from 'next-themes'

import { useHydrated } from '@/hooks/use-hydrated'

const NEXT_THEME = { system: 'light', light: 'dark', dark: 'system' } as const
const SHORT_LABEL = { system: 'Auto', light: 'Light', dark: 'Dark' } as const
const LABEL = { system: 'Auto theme', light: 'Light theme', dark: 'Dark theme' } as const
const ICON = { system: '◐', light: '☀', dark: '☾' } as const

type ThemeChoice = keyof typeof NEXT_THEME

/** Cycles system → light → dark; the button names the current choice and what a click does. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme()
  const hydrated = useHydrated()
  // The stored choice is only known in the browser; the static HTML shows the default.
  const current: ThemeChoice = hydrated && (theme === 'light' || theme === 'dark') ? theme : 'system'
  const next = NEXT_THEME[current]

  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      className="inline-flex h-9 items-center gap-1.5 rounded-md border border-line px-2.5 text-sm text-ink-soft hover:bg-chip"
      // The accessible name starts with the visible text, as WCAG 2.5.3 asks.
      aria-label={`${LABEL[current]}; switch to ${LABEL[next].toLowerCase()}`}
      title={`Switch to ${LABEL[next].toLowerCase()}`}
      data-theme-choice={current}
    >
      <span aria-hidden="true">{ICON[current]}</span>
      <span className="hidden sm:inline">{SHORT_LABEL[current]}</span>
    </button>
  )
}
