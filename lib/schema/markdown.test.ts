import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { renderMarkdown } from './markdown'
import { markdownToPlainText, parsedPlainText } from './plain-text'

const render = (body: string) => renderMarkdown(`${body}\n`)

describe('markdown bodies', () => {
  it('keeps ordinary markdown and harmless HTML', () => {
    expect(render('Use **PgBouncer** with <kbd>Ctrl</kbd> and `code`.')).toBe(
      '<p>Use <strong>PgBouncer</strong> with <kbd>Ctrl</kbd> and <code>code</code>.</p>',
    )
  })

  it('reads a body that opens with a rule as markdown, not as frontmatter', () => {
    expect(render('---\n\nAfter the rule.')).toBe('<hr>\n<p>After the rule.</p>')
  })

  it.each([
    ['a script element, content and all', 'Hi <script>alert(1)</script>there', '<p>Hi there</p>'],
    ['an event handler', '<img src="x.png" onerror="alert(1)">', '<img src="x.png">'],
    ['an SVG handler', '<svg onload="alert(1)"><circle r="1"/></svg>ok', '<p>ok</p>'],
    ['a javascript: link in markdown', '[go](javascript:alert(1))', '<p><a>go</a></p>'],
    ['a javascript: link in HTML, mixed case', '<a href="JaVaScRiPt:alert(1)">go</a>', '<p><a>go</a></p>'],
    ['a data: link', '[go](data:text/html,hi)', '<p><a>go</a></p>'],
    ['a data: image', '![x](data:image/svg+xml,hi)', '<p><img alt="x"></p>'],
    ['an iframe', '<iframe src="https://example.org/"></iframe>after', 'after'],
    ['a style element', '<style>body{display:none}</style>after', 'after'],
    ['a style attribute', '<div style="position:fixed">box</div>', '<div>box</div>'],
    ['a form', '<form action="https://example.org/"><button>Send</button></form>', 'Send'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.org/">x', '<p>x</p>'],
    ['a base element', '<base href="https://example.org/">x', 'x'],
    ['an object', '<object data="https://example.org/x.swf"></object>x', '<p>x</p>'],
  ])('removes %s', (_, body, html) => {
    expect(render(body)).toBe(html)
  })

  it('marks external links noopener noreferrer and leaves internal ones alone', () => {
    expect(render('[Docs](https://docs.djangoproject.com/) and [a topic](/topics/caching/)')).toBe(
      '<p><a href="https://docs.djangoproject.com/" rel="noopener noreferrer">Docs</a> and ' +
        '<a href="/topics/caching/">a topic</a></p>',
    )
  })

  it('replaces a rel that the author wrote', () => {
    expect(render('<a href="https://example.org/" rel="opener" target="_blank">x</a>')).toBe(
      '<p><a href="https://example.org/" rel="noopener noreferrer">x</a></p>',
    )
  })

  it('gives plain-text descriptions without raw HTML', () => {
    expect(markdownToPlainText('Use <kbd>Ctrl</kbd> <script>alert(1)</script> **now**')).toBe('Use Ctrl now')
    expect(markdownToPlainText('One.\n\n<style>p{}</style>\n\nTwo & [three](https://example.org/).')).toBe(
      'One. Two & three.',
    )
  })

  it('reads plain prose without parsing it, to the same text the parser gives', () => {
    // Prose, markdown syntax and line starts that open blocks, so both ways of reading are exercised.
    const pieces = [
      'Django',
      'cache',
      '2024',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '.',
      ',',
      '-',
      '+',
      '=',
      '1.',
      '3)',
      '*',
      '_',
      '__',
      'select_related',
    ]
    const more = ['`', '#', '>', '<b>', '&amp;', '[a](b)', '!', '?', '’', '—', '(x)', '\\', '~~~', '|', '\t']
    const markdown = fc
      .array(fc.constantFrom(...pieces, ...more), { maxLength: 24 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(markdown, (text) => {
        expect(markdownToPlainText(text)).toBe(parsedPlainText(text))
      }),
      { numRuns: 2000 },
    )
    expect(markdownToPlainText('Connection pooling — with PgBouncer, 2 pools.\n\nSee: the docs!')).toBe(
      'Connection pooling — with PgBouncer, 2 pools. See: the docs!',
    )
    // 2,000 runs of the markdown parser take more than vitest's default 5 s on a loaded machine: the
    // test checks what the texts are, not how fast they come, so only a hang should fail it.
  }, 120_000)
})
