// Serves the static export in out/ the way a static host would: files as they are, the site's
// 404 page for unknown paths, everything under BASE_PATH when the site was built with one, and the
// headers of out/_headers (Netlify / Cloudflare Pages format) when the build wrote one, compressed
// as every static host and CDN compresses text.
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import compression from 'compression'
import sirv from 'sirv'

import { siteEnv } from '../../lib/env.mjs'
import { headerLookup, parseHeadersFile } from './headers-file.mjs'

const root = process.env.OUT_DIR ?? 'out'
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
const basePath = siteEnv.basePath

let notFoundPage
try {
  notFoundPage = readFileSync(join(root, '404.html'))
} catch {
  console.error(`No ${root}/404.html: build the site first with "npm run build".`)
  process.exit(1)
}

const headersFile = join(root, '_headers')
const headerRules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []
const headersOf = headerLookup(headerRules)

function applyHeaders(response, path) {
  for (const [name, value] of Object.entries(headersOf(path))) response.setHeader(name, value)
}

// Precompressed copies (tools/site/precompress.mjs) are served as they are; the rest is compressed on the fly.
const serveFile = sirv(root, { dev: false, etag: true, extensions: ['html'], brotli: true, gzip: true })
const compress = compression()

function notFound(response) {
  applyHeaders(response, '/404.html')
  response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
  response.end(notFoundPage)
}

const server = createServer((request, response) =>
  compress(request, response, () => route(request, response)),
)

function route(request, response) {
  const url = request.url ?? '/'
  if (basePath) {
    if (url === '/') {
      response.writeHead(302, { Location: `${basePath}/` })
      return response.end()
    }
    if (url !== basePath && !url.startsWith(`${basePath}/`) && !url.startsWith(`${basePath}?`)) {
      return notFound(response)
    }
    request.url = url.slice(basePath.length) || '/'
  }
  const path = request.url.split(/[?#]/)[0]
  let decodedPath
  try {
    decodedPath = decodeURIComponent(path)
  } catch {
    return notFound(response)
  }
  // The file itself is never served: it describes the responses.
  if (decodedPath === '/_headers') return notFound(response)
  applyHeaders(response, decodedPath)
  serveFile(request, response, () => notFound(response))
}

server.listen(port, host, () => {
  if (headerRules.length) console.log(`Applying ${headerRules.length} rules from ${headersFile}`)
  // PORT=0 listens on a port the system hands out: this line says which (tools/lib/start-server.mjs reads it).
  const { port } = server.address()
  console.log(`Serving ${root}/ at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${basePath}/`)
})
