import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LIMITS } from '../lib/tooling/content-rules'

/**
 * Hostile and broken content against the real build steps: each case is one file added to a copy of
 * content/, checked by `tsx scripts/validate-content.ts` (the first step of `npm run build`) in its own
 * temporary folder, so the cases run in parallel without touching the worktree. No case depends on
 * another: the one contentlayer build the sanitising cases read is made by their beforeAll.
 */

const ROOT = join(import.meta.dirname, '..')
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name)
const run = promisify(execFile)
const workDirs: string[] = []
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A temporary folder holding content/ (a copy of the real one plus `extra` files) and node_modules. */
function workDir(extra: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-content-'))
  workDirs.push(dir)
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  for (const [path, bytes] of Object.entries(extra)) writeFileSync(join(dir, 'content', path), bytes)
  return dir
}

async function validate(dir: string): Promise<{ code: number; problems: string[] }> {
  const options = { cwd: dir, env: { ...process.env, CONTENT_DIR: 'content' } }
  try {
    await run(bin('tsx'), [join(ROOT, 'scripts/validate-content.ts')], options)
    return { code: 0, problems: [] }
  } catch (error) {
    const failure = error as { code: number; stderr: string }
    const problems = failure.stderr
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim())
    return { code: failure.code, problems }
  }
}

const VALID: Record<string, string> = {
  title: '"A hostile entry"',
  url: 'https://hostile.example.org/',
  type: 'article',
  topics: '[caching]',
  added: '2026-11-25',
}

function entry(fields: Record<string, string | undefined> = {}, body = 'A description.'): string {
  const lines = Object.entries({ ...VALID, ...fields })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`
}

const FILE = 'content/entries/hostile.md'
const field = (name: string, message: string) => `${FILE}: field "${name}": ${message}`
const KNOWN =
  'title, url, type, topics, added, authors, published, duration, repository, access, django, keywords, package, supersededBy, supersededReason'
const BILLION_LAUGHS = [
  'title: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefghi'[i]
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`
  }),
].join('\n')

type Case = { name: string; files: Record<string, string | Uint8Array>; problems: string[] }
const hostile = (name: string, bytes: string | Uint8Array, problems: string[]): Case => ({
  name,
  files: { 'entries/hostile.md': bytes },
  problems,
})

export const CASES: Case[] = [
  hostile('a number where text is expected', entry({ title: '42' }), [
    field('title', 'must be text, got number 42'),
  ]),
  hostile('text where a list is expected', entry({ topics: 'caching' }), [
    field('topics', 'must be a non-empty list of topic slugs, got "caching"'),
  ]),
  hostile('authors as text', entry({ authors: 'Ada' }), [
    field('authors', 'must be a list, e.g. ["Ada Lovelace"], got "Ada"'),
  ]),
  hostile('an unknown field', entry({ rating: '5' }), [
    field('rating', `is not a known field (known: ${KNOWN})`),
  ]),
  hostile('a __proto__ key', entry({ ['__proto__']: '{ polluted: true }' }), [
    field('__proto__', `is not a known field (known: ${KNOWN})`),
  ]),
  hostile('an empty title', entry({ title: '""' }), [field('title', 'must not be empty')]),
  hostile('a title that is only whitespace', entry({ title: '"  \t  "' }), [
    field('title', 'must not be empty'),
  ]),
  hostile('a title over the limit', entry({ title: 'x'.repeat(LIMITS.title + 1) }), [
    field('title', `is ${LIMITS.title + 1} characters long; the limit is ${LIMITS.title}`),
  ]),
  hostile('a control character in the title', entry({ title: '"Bell\\a"' }), [
    field('title', 'contains the invisible control character U+0007; remove it'),
  ]),
  hostile('a right-to-left override in the title', entry({ title: '"gnp.\u202Eexe"' }), [
    field('title', 'contains the invisible control character U+202E; remove it'),
  ]),
  hostile('a control character in the body', entry({}, 'Escape \u001b[31m red'), [
    field('body', 'contains the invisible control character U+001B; remove it'),
  ]),
  hostile('a javascript: URL', entry({ url: '"javascript:alert(1)"' }), [
    field('url', 'must be an http(s) URL, got "javascript:"'),
  ]),
  hostile('a data: URL', entry({ url: '"data:text/html,<script>alert(1)</script>"' }), [
    field('url', 'must be an http(s) URL, got "data:"'),
  ]),
  hostile('a javascript: repository', entry({ repository: '"JAVASCRIPT:alert(1)"' }), [
    field('repository', 'must be an http(s) URL, got "javascript:"'),
  ]),
  hostile('a file:// URL', entry({ url: 'file:///etc/passwd' }), [
    field('url', 'must be an http(s) URL, got "file:"'),
  ]),
  hostile('a topic listed twice', entry({ topics: '[caching, caching]' }), [
    field('topics', 'lists "caching" more than once'),
  ]),
  hostile('a date that does not exist', entry({ added: '2026-02-30' }), [
    field('added', 'must be a date written YYYY-MM-DD, got "2026-02-30"'),
  ]),
  hostile('a YAML tag that makes binary data', entry({ title: '!!binary aGVsbG8=' }), [
    field('title', 'must be text, got a set of fields'),
  ]),
  hostile(
    'bytes that are not UTF-8',
    Buffer.concat([Buffer.from(entry()), Buffer.from([0xff, 0xfe, 0xc3])]),
    [`${FILE}: is not valid UTF-8 text; save it as UTF-8`],
  ),
  hostile('a UTF-8 byte-order mark', `\uFEFF${entry()}`, [
    `${FILE}: starts with a byte-order mark (BOM); save it as UTF-8 without BOM`,
  ]),
  hostile('Windows line endings', entry().replaceAll('\n', '\r\n'), [
    `${FILE}: has Windows line endings (CR) at line 1; save it with LF`,
  ]),
  hostile('a NUL byte', entry({}, 'Looks like text\0 but is not'), [
    `${FILE}: contains a NUL byte at line 9; is it a binary file?`,
  ]),
  hostile('YAML that does not parse', entry({ title: '[unclosed' }), [
    `${FILE}: frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1`,
  ]),
  hostile('a key given twice', entry({ type: 'article\ntype: video' }), [
    `${FILE}: frontmatter is not valid YAML: Map keys must be unique at line 5, column 1`,
  ]),
  hostile('a billion-laughs alias bomb', `---\n${BILLION_LAUGHS}\n---\n`, [
    `${FILE}: frontmatter is not valid YAML: Excessive alias count indicates a resource exhaustion attack`,
  ]),
  hostile('frontmatter that is a list', '---\n- title\n- url\n---\n\nBody.\n', [
    `${FILE}: frontmatter must be a set of "field: value" lines`,
  ]),
  hostile('no frontmatter', 'Just a body.\n', [
    `${FILE}: has no frontmatter: it must start with a line "---"`,
  ]),
  hostile('an empty file', '', [`${FILE}: has no frontmatter: it must start with a line "---"`]),
  hostile('frontmatter that is never closed', entry().replace('\n---\n\n', '\n\n'), [
    `${FILE}: frontmatter is not closed: add a line "---" after the last field`,
  ]),
  // The body is everything after the closing "---" line: a blank line, the text, a final newline.
  hostile('a body over the limit', entry({}, 'x'.repeat(LIMITS.body)), [
    field('body', `is ${LIMITS.body + 2} characters long; the limit is ${LIMITS.body}`),
  ]),
  hostile('a file over the size limit', entry({}, 'x'.repeat(LIMITS.file)), [
    `${FILE}: is ${Buffer.byteLength(entry({}, 'x'.repeat(LIMITS.file)))} bytes; the limit is ${LIMITS.file}`,
  ]),
  {
    name: 'a file that is not .md',
    files: { 'entries/notes.markdown': entry() },
    problems: [
      'content/entries/notes.markdown: is not a .md file, so it would be skipped; rename it to .md or move it elsewhere',
    ],
  },
  {
    name: 'a topic summary that is a list',
    files: { 'topics/hostile.md': '---\ntitle: "Hostile"\nsummary: [a, b]\n---\n' },
    problems: ['content/topics/hostile.md: field "summary": must be text, got a list'],
  },
]

describe('validate-content against hostile files', () => {
  it('passes the unchanged content (the harness itself works)', async () => {
    expect(await validate(workDir({}))).toEqual({ code: 0, problems: [] })
  }, 30_000)

  it.concurrent.each(CASES.map((item) => [item.name, item] as const))(
    'fails the build on %s, naming the file and field',
    async (_, item) => {
      expect(await validate(workDir(item.files))).toEqual({ code: 1, problems: item.problems })
    },
    // A parser that spins on a crafted file fails the case by this timeout.
    30_000,
  )
})

/** Bodies that are valid content but carry markup meant to run in a visitor's browser. */
const HOSTILE_BODIES: Record<string, string> = {
  'script-tag': 'Read this <script>alert(1)</script> first.',
  'script-block': '<script>\ndocument.cookie\n</script>\n\nAfter.',
  'img-onerror': '<img src="x" onerror="alert(1)"> and <IMG SRC=x OnErRoR=alert(1)>',
  'svg-onload': '<svg onload="alert(1)"><circle r="5"/></svg> ok',
  'details-ontoggle': '<details open ontoggle="alert(1)"><summary>s</summary>x</details>',
  'javascript-link': '[click](javascript:alert(1)) and <a href="jAvAsCrIpT:alert(1)">again</a>',
  'javascript-entity-link': '<a href="java&#x09;script&#58;alert(1)">tabbed</a>',
  'data-link': '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  'data-image': '![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  iframe: '<iframe src="https://evil.example.org/" srcdoc="<script>alert(1)</script>"></iframe> after',
  'style-element': '<style>body { display: none }</style> after',
  'style-attribute': '<p style="position:fixed;inset:0">cover</p>',
  form: '<form action="https://evil.example.org/"><input name="password"><button>Log in</button></form>',
  'meta-refresh': '<meta http-equiv="refresh" content="0;url=https://evil.example.org/"> x',
  'base-element': '<base href="https://evil.example.org/"> x',
  'object-embed': '<object data="x.swf"></object><embed src="x.swf"> x',
  'link-stylesheet': '<link rel="stylesheet" href="https://evil.example.org/x.css"> x',
  'math-href': '<math><mtext><a href="javascript:alert(1)">m</a></mtext></math>',
  'unclosed-comment': 'text <!-- <script>alert(1)</script>',
  'external-link':
    '[Docs](https://docs.djangoproject.com/) and <a href="https://example.org/" target="_blank">x</a>',
}

const FORBIDDEN_IN_HTML: [string, RegExp][] = [
  ['a script element', /<script/i],
  ['an event handler attribute', /\son[a-z]+\s*=/i],
  ['a javascript: URL', /javascript\s*:/i],
  ['a data: URL', /data\s*:/i],
  ['an iframe', /<iframe/i],
  ['a style element or attribute', /<style|\sstyle\s*=/i],
  ['a form or form field', /<(form|input|button|textarea|select)\b/i],
  ['a meta, base, link, object or embed element', /<(meta|base|link|object|embed)\b/i],
]

describe('contentlayer build of hostile bodies', () => {
  const bodyFiles = Object.fromEntries(
    Object.entries(HOSTILE_BODIES).map(([slug, body], index) => [
      `entries/hostile-${slug}.md`,
      entry({ url: `https://hostile.example.org/${index}/` }, body),
    ]),
  )
  const topicBody =
    '---\ntitle: "Hostile"\nsummary: "A topic"\n---\n\n<script>alert(1)</script><b onclick="x()">Hi</b>\n'
  const dir = workDir({ ...bodyFiles, 'topics/hostile.md': topicBody })
  const generated = (path: string) =>
    JSON.parse(readFileSync(join(dir, '.contentlayer/generated', path), 'utf8')) as {
      body: { html: string }
      description?: string
    }

  let buildOutput = ''
  // The build the tests below read, made once by the project's own step (`npm run content`: the content
  // check, then scripts/contentlayer-build.mjs) in the temporary folder.
  beforeAll(async () => {
    expect(await validate(dir)).toEqual({ code: 0, problems: [] })
    // contentlayer reads CONTENT_DIR relative to the config file and writes .contentlayer/ into $PWD
    // (not process.cwd()): both point into the temporary folder so the worktree's build is untouched.
    const options = { cwd: dir, env: { ...process.env, CONTENT_DIR: join(dir, 'content'), PWD: dir } }
    const { stdout } = await run(
      process.execPath,
      [join(ROOT, 'scripts/contentlayer-build.mjs'), '--config', join(ROOT, 'contentlayer.config.ts')],
      options,
    )
    buildOutput = stdout
  }, 60_000)

  it('builds the hostile bodies: they are valid content, so only sanitising stands between them and the page', () => {
    const real = ['entries', 'topics'].flatMap((folder) => readdirSync(join(ROOT, 'content', folder)))
    expect(buildOutput).toContain(`Generated ${Object.keys(bodyFiles).length + real.length + 1} documents`)
  })

  it.each(Object.keys(HOSTILE_BODIES))(
    '%s: body.html and the description carry no active content',
    (slug) => {
      const { body, description } = generated(`Entry/entries__hostile-${slug}.md.json`)
      for (const [what, pattern] of FORBIDDEN_IN_HTML) expect(body.html, what).not.toMatch(pattern)
      // The description is shown as text (React escapes it); it must not carry the markup's payload either.
      expect(description).not.toMatch(/<(script|img|iframe|svg|a)\b|alert\(/i)
    },
  )

  it('keeps the readable text and marks external links', () => {
    expect(generated('Entry/entries__hostile-script-tag.md.json').body.html).toBe('<p>Read this  first.</p>')
    expect(generated('Entry/entries__hostile-form.md.json').body.html).toBe('Log in')
    expect(generated('Entry/entries__hostile-external-link.md.json').body.html).toBe(
      '<p><a href="https://docs.djangoproject.com/" rel="noopener noreferrer">Docs</a> and ' +
        '<a href="https://example.org/" rel="noopener noreferrer">x</a></p>',
    )
  })

  it('sanitises topic bodies too', () => {
    expect(generated('Topic/topics__hostile.md.json').body.html).toBe('<b>Hi</b>')
  })
})
