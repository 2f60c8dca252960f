'use client'

import { ThemeProvider as NextThemesProvider } from 'next-themes'
import type { ReactNode } from 'react'

/**
 * Follows the OS by default; a visitor's choice is remembered; an inline script avoids a flash.
 * No option that injects a <style> element: the Content-Security-Policy allows no inline styles, and
 * globals.css sets `color-scheme` itself.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem enableColorScheme={false}>
      {children}
    </NextThemesProvider>
  )
}
