import { THEME } from './theme-toggle'

/**
 * Runs in the head of every page, before anything paints: puts the visitor's theme on <html> (the class
 * the style sheet reads, and the choice the toggle shows), follows the OS while the choice is "system",
 * and turns each click on the toggle into the next choice. Plain JavaScript, so that the pages the build
 * leaves without Next's scripts (tools/site/prune-export.mjs) have a working toggle too; the CSP step
 * allows it by its hash. Sent as its source text: it may use nothing outside itself.
 */
function themeScript(theme: typeof THEME) {
  const root = document.documentElement
  const osDark = window.matchMedia('(prefers-color-scheme: dark)')
  const stored = () => {
    try {
      const value = localStorage.getItem(theme.storageKey)
      return value && Object.hasOwn(theme.next, value) ? (value as keyof typeof theme.next) : 'system'
    } catch {
      return 'system'
    }
  }
  let choice = stored()
  const show = () => {
    root.classList.remove('light', 'dark')
    root.classList.add(choice === 'system' ? (osDark.matches ? 'dark' : 'light') : choice)
    root.setAttribute('data-theme-choice', choice)
    for (const toggle of document.querySelectorAll('[data-theme-toggle]')) {
      toggle.setAttribute('data-theme-choice', choice)
      toggle.setAttribute('aria-label', theme.names[choice].label)
      toggle.setAttribute('title', theme.names[choice].title)
    }
  }
  show()
  osDark.addEventListener('change', show)
  document.addEventListener('DOMContentLoaded', show)
  // Another tab changed it.
  window.addEventListener('storage', (event) => {
    if (event.key !== theme.storageKey) return
    choice = stored()
    show()
  })
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return
    choice = theme.next[choice]
    try {
      localStorage.setItem(theme.storageKey, choice)
    } catch {
      // Private mode: the choice lasts for this page.
    }
    show()
  })
}

export function ThemeScript() {
  return (
    <script dangerouslySetInnerHTML={{ __html: `(${themeScript.toString()})(${JSON.stringify(THEME)})` }} />
  )
}
