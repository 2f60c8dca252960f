// Last step of `npm run build`: writes out/_headers (Netlify / Cloudflare Pages format) with security
// headers for every response and, for each HTML page, a Content-Security-Policy that allows exactly
// the inline scripts Next put in that page (by SHA-256 hash) and no others.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

import { formatHeadersFile } from './headers-file.mjs'
import { inlineScriptTexts } from './html-scripts.mjs'

/** @type {[string, string][]} */
export const COMMON_HEADERS = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
]

/**
 * Hashes of the inline scripts in a page, in CSP source form. Scripts with a src are covered by 'self'.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  const hashes = inlineScriptTexts(html).map(
    (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`,
  )
  return [...new Set(hashes)].toSorted()
}

/** @param {string[]} scriptHashes */
export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptHashes].join(' '),
    // Tailwind compiles to a stylesheet and the export has no style attributes or <style> elements.
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** The URL paths a host serves an exported HTML file at: `a/index.html` is `/a/` and `/a/index.html`. */
export function pathsOfHtmlFile(relativePath) {
  const path = `/${relativePath.split(sep).join('/')}`
  if (path === '/index.html') return ['/', '/index.html']
  if (path.endsWith('/index.html')) return [path.slice(0, -'index.html'.length), path]
  return [path, path.slice(0, -'.html'.length)]
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile() && item.name.endsWith('.html'))
    .map((item) => join(item.parentPath, item.name))
    .toSorted()
}

/**
 * @param {string} outDir
 * @returns {import('./headers-file.mjs').HeaderRule[]}
 */
export function buildHeadersRules(outDir) {
  /** @type {import('./headers-file.mjs').HeaderRule[]} */
  const rules = [{ pattern: '/*', headers: COMMON_HEADERS }]
  for (const file of htmlFiles(outDir)) {
    const policy = contentSecurityPolicy(inlineScriptHashes(readFileSync(file, 'utf8')))
    for (const pattern of pathsOfHtmlFile(relative(outDir, file))) {
      rules.push({ pattern, headers: [['Content-Security-Policy', policy]] })
    }
  }
  return rules
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.env.OUT_DIR ?? 'out'
  const rules = buildHeadersRules(outDir)
  const text = formatHeadersFile(rules)
  writeFileSync(join(outDir, '_headers'), text)
  const policies = rules
    .flatMap((rule) => rule.headers)
    .filter(([name]) => name === 'Content-Security-Policy')
  const longest = Math.max(...policies.map(([, value]) => value.length))
  console.log(
    `Wrote ${outDir}/_headers: ${rules.length} rules, ${text.length} bytes; longest policy ${longest} characters.`,
  )
}
