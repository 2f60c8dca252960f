import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Entry, Topic } from '../../lib/content/catalog'
import { buildContent, entry, ROOT, validate, workDirsPerFile } from './hostile.test-support'

/**
 * Hostile bodies against the real build steps: valid content whose markup is meant to run in a visitor's
 * browser, built once by the project's own content step in a temporary folder, then read back.
 */

const workDir = workDirsPerFile()

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

describe('content build of hostile bodies', () => {
  const bodyFiles = Object.fromEntries(
    Object.entries(HOSTILE_BODIES).map(([slug, body], index) => [
      `entries/hostile-${slug}.md`,
      entry({ url: `https://hostile.example.org/${index}/` }, body),
    ]),
  )
  const topicBody =
    '---\ntitle: "Hostile"\nsummary: "A topic"\n---\n\n<script>alert(1)</script><b onclick="x()">Hi</b>\n'
  const dir = workDir({ ...bodyFiles, 'topics/hostile.md': topicBody })
  let entries = new Map<string, Entry>()
  let topics = new Map<string, Topic>()

  let build = { code: -1, output: '' }
  // The build the tests below read, made once in the temporary folder by the two halves of the project's own
  // step (`npm run content`: the content check and `content-collections build`).
  beforeAll(async () => {
    expect(await validate(dir)).toEqual({ code: 0, problems: [] })
    build = await buildContent(dir)
    const generated = pathToFileURL(join(dir, '.content-collections/generated/index.js')).href
    const { allEntries, allTopics } = (await import(generated)) as { allEntries: Entry[]; allTopics: Topic[] }
    entries = new Map(allEntries.map((document) => [document.slug, document]))
    topics = new Map(allTopics.map((document) => [document.slug, document]))
  }, 60_000)

  it('builds the hostile bodies: they are valid content, so only sanitising stands between them and the page', () => {
    const real = ['entries', 'topics'].flatMap((folder) => readdirSync(join(ROOT, 'content', folder)))
    expect(build.code).toBe(0)
    expect(entries.size + topics.size).toBe(Object.keys(bodyFiles).length + real.length + 1)
  })

  it.each(Object.keys(HOSTILE_BODIES))('%s: the HTML and the description carry no active content', (slug) => {
    const { html, description } = entries.get(`hostile-${slug}`)!
    for (const [what, pattern] of FORBIDDEN_IN_HTML) expect(html, what).not.toMatch(pattern)
    // The description is shown as text (React escapes it); it must not carry the markup's payload either.
    expect(description).not.toMatch(/<(script|img|iframe|svg|a)\b|alert\(/i)
  })

  it('keeps the readable text and marks external links', () => {
    expect(entries.get('hostile-script-tag')!.html).toBe('<p>Read this  first.</p>')
    expect(entries.get('hostile-form')!.html).toBe('Log in')
    expect(entries.get('hostile-external-link')!.html).toBe(
      '<p><a href="https://docs.djangoproject.com/" rel="noopener noreferrer">Docs</a> and ' +
        '<a href="https://example.org/" rel="noopener noreferrer">x</a></p>',
    )
  })

  it('sanitises topic bodies too', () => {
    expect(topics.get('hostile')!.html).toBe('<b>Hi</b>')
  })
})
