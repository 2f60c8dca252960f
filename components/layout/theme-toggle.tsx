const NEXT_CHOICE = { system: 'light', light: 'dark', dark: 'system' } as const
type ThemeChoice = keyof typeof NEXT_CHOICE

const LABEL: Record<ThemeChoice, string> = { system: 'Auto theme', light: 'Light theme', dark: 'Dark theme' }
const SHORT_LABEL: Record<ThemeChoice, string> = { system: 'Auto', light: 'Light', dark: 'Dark' }
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' }
const CHOICES = Object.keys(NEXT_CHOICE) as ThemeChoice[]

/** What the toggle says for each choice: its accessible name starts with the visible text (WCAG 2.5.3). */
const names = (choice: ThemeChoice) => ({
  label: `${LABEL[choice]}; switch to ${LABEL[NEXT_CHOICE[choice]].toLowerCase()}`,
  title: `Switch to ${LABEL[NEXT_CHOICE[choice]].toLowerCase()}`,
})

/**
 * The visitor's theme: "system" follows the OS; a choice is remembered in localStorage under the key
 * next-themes used, so that choices made before carry over. Read by the head script (theme-script.tsx).
 */
export const THEME = {
  storageKey: 'theme',
  next: NEXT_CHOICE,
  names: Object.fromEntries(CHOICES.map((choice) => [choice, names(choice)])) as Record<
    ThemeChoice,
    { label: string; title: string }
  >,
}

/**
 * Cycles system → light → dark. Plain HTML: the head script handles the click and names the choice on
 * the button; the style sheet shows the icon of the choice the script put on <html>.
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      data-theme-toggle
      data-theme-choice="system"
      className="inline-flex h-9 items-center rounded-md border border-line px-2.5 text-sm text-ink-soft hover:bg-chip"
      aria-label={THEME.names.system.label}
      title={THEME.names.system.title}
    >
      {CHOICES.map((choice) => (
        <span key={choice} data-theme-shows={choice} className="items-center gap-1.5">
          <span aria-hidden="true">{ICON[choice]}</span>
          <span className="hidden sm:inline">{SHORT_LABEL[choice]}</span>
        </span>
      ))}
    </button>
  )
}
