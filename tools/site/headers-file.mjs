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
 * @returns {RegExp}
 */
function patternRegExp(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}$`)
}

/**
 * @param {string} pattern
 * @param {string} path
 */
export function matchesPattern(pattern, path) {
  return patternRegExp(pattern).test(path)
}

const isLiteral = (/** @type {string} */ pattern) => !/[*:]/.test(pattern)

/**
 * Every header the rules give a path, as a function of the path. As on Netlify, a header set by
 * several matching rules gets their values joined with ", ", in the order of the rules. A build
 * writes a rule per page, so literal paths are looked up rather than tried one by one.
 * @param {HeaderRule[]} rules
 * @returns {(path: string) => Record<string, string>}
 */
export function headerLookup(rules) {
  /** @type {Map<string, number[]>} */
  const literal = new Map()
  /** @type {{ index: number, regExp: RegExp }[]} */
  const patterned = []
  rules.forEach((rule, index) => {
    if (isLiteral(rule.pattern)) literal.set(rule.pattern, [...(literal.get(rule.pattern) ?? []), index])
    else patterned.push({ index, regExp: patternRegExp(rule.pattern) })
  })
  return (path) => {
    const matching = [
      ...(literal.get(path) ?? []),
      ...patterned.filter(({ regExp }) => regExp.test(path)).map(({ index }) => index),
    ].toSorted((a, b) => a - b)
    /** @type {Map<string, [string, string]>} */
    const found = new Map()
    for (const index of matching) {
      for (const [name, value] of rules[index]?.headers ?? []) {
        const key = name.toLowerCase()
        const previous = found.get(key)
        found.set(key, previous ? [previous[0], `${previous[1]}, ${value}`] : [name, value])
      }
    }
    return Object.fromEntries(found.values())
  }
}

/**
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  return headerLookup(rules)(path)
}
