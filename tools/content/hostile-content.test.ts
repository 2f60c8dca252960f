import { describe, expect, it } from 'vitest'

import { entryFrontmatter, LIMITS } from '../../lib/schema/entry'
import { entry, validate, workDirsPerFile } from './hostile.test-support'

/**
 * Hostile and broken content against the real build steps: each case is one file added to a copy of
 * content/, checked by `tsx tools/content/validate.ts` (the first step of `npm run build`) in its own
 * temporary folder, so the cases run in parallel without touching the worktree. No case depends on
 * another. The sanitising of bodies that pass the check is tested in hostile-bodies.test.ts.
 */

const workDir = workDirsPerFile()

const FILE = 'content/entries/hostile.md'
const NUL_ENTRY = entry({}, 'Looks like text\0 but is not')
/** The 1-based line of `text` on which `needle` first appears. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length
const field = (name: string, message: string) => `${FILE}: field "${name}": ${message}`
const KNOWN = Object.keys(entryFrontmatter.shape).join(', ')
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

const CASES: Case[] = [
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
  hostile('a NUL byte', NUL_ENTRY, [
    `${FILE}: contains a NUL byte at line ${lineOf(NUL_ENTRY, '\0')}; is it a binary file?`,
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
