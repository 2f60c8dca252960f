import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'

import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

import { missingSiteUrlWarning, siteEnv } from './lib/env.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static export, written by the adapter: Next's own (`output: 'export'`) also copies every page's
  // route payloads, which no link here fetches (tools/site/static-export-adapter.mjs).
  adapterPath: fileURLToPath(new URL('./tools/site/static-export-adapter.mjs', import.meta.url)),
  trailingSlash: true,
  images: { unoptimized: true },
  basePath: siteEnv.basePath || undefined,
  // Links are plain <a> elements (components/layout/site-link.tsx): the browser's code adds the base path too.
  env: { BASE_PATH: siteEnv.basePath },
  poweredByHeader: false,
  reactStrictMode: true,
  // The build type-checks what it publishes (tsconfig.site.json: the site's code); `npm test` checks the
  // whole tree, tools, bench and tests included.
  typescript: { tsconfigPath: 'tsconfig.site.json' },
  experimental: {
    // Render static pages on every core: Next keeps one for itself by default, which halves a 2-core build.
    cpus: availableParallelism(),
    // Bundling a route's small prefetch segments into one response costs every page of the build two more
    // decodes of its payload and a gzip of each segment, to size them.
    // Links here are mostly not prefetched, and a layout's segments shared by every page are fetched once.
    prefetchInlining: false,
  },
}

/** @param {string} phase */
export default function config(phase) {
  const warning = phase === PHASE_PRODUCTION_BUILD ? missingSiteUrlWarning(process.env) : null
  // Next loads this file in more than one process; the first one to warn tells the others.
  if (warning && !process.env.SITE_URL_WARNED) {
    console.warn(`\n${warning}\n`)
    process.env.SITE_URL_WARNED = '1'
  }
  return nextConfig
}
