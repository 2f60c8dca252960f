import { availableParallelism } from 'node:os'

import { siteEnv } from './lib/env.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath: siteEnv.basePath || undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // Render static pages on every core: Next keeps one for itself by default, which halves a 2-core build.
  experimental: { cpus: availableParallelism() },
}

export default nextConfig
