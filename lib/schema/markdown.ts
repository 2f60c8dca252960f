import rehypeExternalLinks from 'rehype-external-links'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

/**
 * How a description or topic body becomes HTML. Raw HTML is parsed (rehype-raw) and then cut down to
 * GitHub's allow-list (rehype-sanitize): no script, style, iframe, form, event handler or
 * javascript:/data: URL survives. External links open without handing over `window.opener` or the referrer.
 */

// Elements whose content goes with them, rather than being kept as text.
const DROPPED_WITH_CONTENT = ['script', 'style', 'template', 'noscript', 'textarea', 'iframe', 'title', 'xmp']

const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  strip: [...new Set([...(defaultSchema.strip ?? []), ...DROPPED_WITH_CONTENT])],
  // GitHub allows <input> for task lists; without remark-gfm there are none, so no form field at all.
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input'),
}

/** Markdown to the sanitised HTML tree, which the page's HTML and the plain text (plain-text.ts) share. */
export const toSanitizedTree = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .freeze()

const markdownToHtml = toSanitizedTree()
  // After sanitising: the allow-list has no `rel`, so it would drop the one added here.
  .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
  .use(rehypeStringify)
  .freeze()

/** The HTML of a markdown body (the file below its frontmatter). */
export function renderMarkdown(markdown: string): string {
  return String(markdownToHtml.processSync(markdown))
}
