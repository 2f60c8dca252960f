import './globals.css'

import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { CompareTray } from '@/components/compare/compare-tray'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { ThemeScript } from '@/components/layout/theme-script'
import { feedLinks } from '@/lib/content/metadata'
import { permalinks } from '@/lib/schema/permalinks'
import { absoluteUrl, OG_IMAGE_SIZE, site } from '@/lib/site'

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl(permalinks.home())),
  title: { default: `${site.name}: ${site.tagline}`, template: `%s · ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: { types: feedLinks() },
  openGraph: {
    type: 'website',
    siteName: site.name,
    images: [{ url: absoluteUrl(permalinks.siteImage()), ...OG_IMAGE_SIZE }],
  },
  twitter: { card: 'summary_large_image' },
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets the theme on <html> before anything paints (and before React hydrates).
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col bg-page font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2 focus:text-ink focus:shadow"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
        <CompareTray />
      </body>
    </html>
  )
}
