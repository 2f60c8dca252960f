// The `_headers` file of Netlify and Cloudflare Pages: a path pattern on its own line, then indented
// `Name: value` lines. Shared by the build step that writes it and the local server that applies it.

/** @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule */

/**
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = []
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '')
    if (line.trim() === '' || line.trim().startsWith('#')) return
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] })
      return
    }
    const rule = rules.at(-1)
    const colon = line.indexOf(':')
    if (!rule) throw new Error(`_headers line ${index + 1}: a header comes before any path`)
    if (colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value", got "${line.trim()}"`)
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
  })
  return rules
}

/** @param {HeaderRule[]} rules */
export function formatHeadersFile(rules) {
  return rules
    .map((rule) => [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n\n')
    .concat('\n')
}

/**
 * A pattern matches a whole path: `*` is a splat (anything, slashes included), `:name` one segment.
 * @param {string} pattern
 * @param {string} path
 */
export function matchesPattern(pattern, path) {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}$`).test(path)
}

/**
 * Every header the rules give a path. As on Netlify, a header set by several matching rules gets
 * their values joined with ", ".
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Map<string, [string, string]>} */
  const found = new Map()
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase()
      const previous = found.get(key)
      found.set(key, previous ? [previous[0], `${previous[1]}, ${value}`] : [name, value])
    }
  }
  return Object.fromEntries(found.values())
}
