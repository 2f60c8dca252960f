// The static export of `next build` (next.config.mjs names this module as its adapter): writes out/ with
// the pages, route files and assets a static host serves, and nothing else. Next's own export
// (`output: 'export'`) also copies every page's route payload and prefetch segments, files that no link
// here fetches (components/layout/site-link.tsx), copied only to be deleted again.
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { dirname, join, posix } from 'node:path'

import pLimit from 'p-limit'

/**
 * Next's error pages: a static host has no server error of its own to show, and Next renders its
 * not-found page (`/_not-found`) into the static `/404`, written as 404.html.
 */
const ERROR_PAGES = new Set(['/500', '/_global-error', '/_not-found'])
const NOT_FOUND_PAGE = '/404'

/** Whether a prerendered route is rendered again on a server after a while (`revalidate`). */
const regenerates = (prerender) => typeof prerender.fallback?.initialRevalidate === 'number'

/** Where a page's HTML goes: every address ends in a slash (next.config.mjs: trailingSlash). */
const pageFile = (pathname) => (pathname === '/' ? 'index.html' : `${pathname.slice(1)}/index.html`)

/** @typedef {Parameters<NonNullable<import('next').NextAdapter['onBuildComplete']>>[0]['outputs']} BuildOutputs */

/**
 * The files a static host publishes, each as [source, path under out/]. A route that needs a server (it
 * renders per request or revalidates) is an error naming the routes: a static host cannot answer them.
 * @param {BuildOutputs} outputs
 * @param {string} basePath
 * @returns {[string, string][]}
 */
export function publishedFiles(outputs, basePath) {
  const unprefixed = (pathname) => posix.join('/', posix.relative(basePath || '/', pathname))
  const prerendered = new Set(outputs.prerenders.map((prerender) => prerender.route))
  const needServer = [
    ...[...outputs.appPages, ...outputs.appRoutes]
      .map((output) => unprefixed(output.pathname))
      .filter((route) => !route.endsWith('.rsc') && !ERROR_PAGES.has(route) && !prerendered.has(route)),
    ...outputs.prerenders
      .filter(
        (prerender) => prerender.routeType && (prerender.compute !== 'static' || regenerates(prerender)),
      )
      .map((prerender) => unprefixed(prerender.pathname)),
    ...(outputs.middleware ? ['middleware'] : []),
  ]
  if (needServer.length > 0)
    throw new Error(`These routes need a server, which a static site does not have: ${needServer.join(', ')}`)

  /** @type {[string, string][]} */
  const files = []
  for (const prerender of outputs.prerenders) {
    const source = prerender.fallback?.filePath
    const pathname = unprefixed(prerender.pathname)
    // Only the primary response of a group has a routeType: its payload and segments do not.
    if (!prerender.routeType || !source || ERROR_PAGES.has(pathname)) continue
    files.push([source, prerender.routeType === 'page' ? pageFile(pathname) : pathname.slice(1)])
  }
  for (const file of outputs.staticFiles) {
    const pathname = unprefixed(file.pathname)
    if (ERROR_PAGES.has(pathname)) continue
    // Static hosts answer unknown paths with 404.html; Next's export wrote the page at both addresses.
    if (pathname === NOT_FOUND_PAGE)
      files.push([file.filePath, '404.html'], [file.filePath, pageFile(pathname)])
    else files.push([file.filePath, pathname.slice(1)])
  }
  return files
}

// Enough copies at once to keep libuv's threads busy.
const COPIES_AT_ONCE = 32

/**
 * Replaces outDir with the build's static files; resolves with how many there are.
 * @param {BuildOutputs} outputs
 * @param {string} basePath
 * @param {string} outDir
 */
export async function writeStaticExport(outputs, basePath, outDir) {
  const files = publishedFiles(outputs, basePath)
  await rm(outDir, { recursive: true, force: true })
  for (const dir of new Set(files.map(([, path]) => dirname(join(outDir, path)))))
    await mkdir(dir, { recursive: true })
  await pLimit(COPIES_AT_ONCE).map(files, ([source, path]) => copyFile(source, join(outDir, path)))
  return files.length
}

/** @type {import('next').NextAdapter} */
const staticExportAdapter = {
  name: 'static-export',
  async onBuildComplete({ outputs, config, projectDir }) {
    const outDir = join(projectDir, 'out')
    const count = await writeStaticExport(outputs, config.basePath, outDir)
    console.log(`Exported ${count} files to ${outDir}`)
  },
}

export default staticExportAdapter
