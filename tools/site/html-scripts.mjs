// The <script> elements of a built page, for the build's last step (which prunes Next's scripts and hashes
// the inline ones for the Content-Security-Policy) and the bench (which weighs the ones loaded by src).
//
// One regular expression, not an HTML parser: its test checks it against parse5, a browser's parser, which
// is far slower on a large build's pages. What it does not follow, and no page holds: attribute values
// with character references (read as written), a script left open at the end of the page (not read), and
// a script whose text opens `<!--<script`, which a browser ends at a later `</script>` (Next writes its
// inline data with `<` escaped).

const ATTRIBUTES = `(?:"[^"]*"|'[^']*'|[^"'>])*`
const RAW_TEXT = 'style|textarea|title|xmp|iframe|noembed|noframes|noscript'
// Skipped: comments and raw-text elements, where `<script>` is only text. Kept: a script's attributes and
// its text, which ends as in a browser at the first `</script` followed by a space, `/` or `>`.
const SCRIPT = new RegExp(
  `<(?:${[
    '!--(?:-?>|[\\s\\S]*?(?:--!?>|$))',
    `(${RAW_TEXT})(?=[\\s/>])${ATTRIBUTES}>[\\s\\S]*?(?:</\\1(?=[\\s/>])|$)`,
    `script(?=[\\s/>])(${ATTRIBUTES})>([\\s\\S]*?)</script(?=[\\s/>])`,
  ].join('|')})`,
  'gi',
)
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g

/**
 * Every script element of a page, in order: its attributes (names lower-cased, the first of a repeated name
 * kept, '' for one without a value), its text with line ends as a browser reads them (CR LF and CR as LF),
 * which is the text a CSP hash covers, and where the element starts and ends in the page (its end tag
 * included), for a step that removes it.
 * @param {string} html
 * @returns {{ attributes: Map<string, string>, text: string, start: number, end: number }[]}
 */
export function scriptElements(html) {
  const scripts = []
  for (const match of html.matchAll(SCRIPT)) {
    const [whole, rawText, attributeText, text] = match
    if (rawText !== undefined || text === undefined) continue
    const start = match.index
    const end = html.indexOf('>', start + whole.length) + 1
    const attributes = new Map()
    for (const [, name = '', ...values] of (attributeText ?? '').matchAll(ATTRIBUTE)) {
      const key = name.toLowerCase()
      if (!attributes.has(key)) attributes.set(key, values.find((value) => value !== undefined) ?? '')
    }
    scripts.push({ attributes, text: text.replace(/\r\n?/g, '\n'), start, end })
  }
  return scripts
}

/**
 * The text of each inline script (one without a src: a script with one is loaded, not run from its text).
 * @param {string} html
 */
export function inlineScriptTexts(html) {
  return scriptElements(html)
    .filter((script) => !script.attributes.has('src'))
    .map((script) => script.text)
}

/**
 * The src of each script a page loads, once each, in order; `nomodule` fallbacks for old browsers left out.
 * @param {string} html
 */
export function scriptSources(html) {
  /** @type {Set<string>} */
  const sources = new Set()
  for (const { attributes } of scriptElements(html)) {
    const src = attributes.get('src')
    if (src && !attributes.has('nomodule')) sources.add(src)
  }
  return [...sources]
}
