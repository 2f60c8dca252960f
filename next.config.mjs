import { siteEnv } from './lib/env.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath: siteEnv.basePath || undefined,
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
