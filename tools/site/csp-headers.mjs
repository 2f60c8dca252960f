// The rules of out/_headers (Netlify / Cloudflare Pages format, written by finish-export.mjs): security
// headers for every response and, for each HTML page, a Content-Security-Policy that allows exactly
// the inline scripts in that page (by SHA-256 hash) and no others.
import { createHash } from 'node:crypto'
import { sep } from 'node:path'

import { inlineScriptTexts } from './html-scripts.mjs'

/** @type {[string, string][]} */
const COMMON_HEADERS = [
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

/**
 * @param {[string, string[]][]} pageScripts each HTML file's path in out/ and its inline scripts' hashes
 * @returns {import('./headers-file.mjs').HeaderRule[]}
 */
export function headersRules(pageScripts) {
  /** @type {import('./headers-file.mjs').HeaderRule[]} */
  const rules = [{ pattern: '/*', headers: COMMON_HEADERS }]
  for (const [file, scriptHashes] of pageScripts.toSorted(([a], [b]) => (a < b ? -1 : 1))) {
    const policy = contentSecurityPolicy(scriptHashes)
    for (const pattern of pathsOfHtmlFile(file)) {
      rules.push({ pattern, headers: [['Content-Security-Policy', policy]] })
    }
  }
  return rules
}
