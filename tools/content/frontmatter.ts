import matter from 'gray-matter'
import { parse as parseYaml } from 'yaml'

/** A content file as the tools see it: its path and its bytes (text in tests). */
export type ContentFile = { path: string; bytes: Uint8Array | string }
type ParsedFile = { data: Record<string, unknown>; body: string }

const BYTE_ORDER_MARK = '\uFEFF'

/**
 * The one reader of content files: the frontmatter and the body below it, or the one problem that keeps
 * the file from being read, worded for the maintainer who fixes it.
 */
export function readFrontmatter(file: ContentFile, maxBytes: number): ParsedFile | { problem: string } {
  const size = typeof file.bytes === 'string' ? Buffer.byteLength(file.bytes) : file.bytes.length
  if (size > maxBytes) return { problem: `is ${size} bytes; the limit is ${maxBytes}` }
  const text = decodeUtf8(file.bytes)
  if (text === null) return { problem: 'is not valid UTF-8 text; save it as UTF-8' }
  // Each of these would reach the page as an invisible character or a stray \r in a title.
  if (text.startsWith(BYTE_ORDER_MARK)) {
    return { problem: 'starts with a byte-order mark (BOM); save it as UTF-8 without BOM' }
  }
  if (text.includes('\r')) {
    return { problem: `has Windows line endings (CR) at line ${lineOf(text, '\r')}; save it with LF` }
  }
  if (text.includes('\0')) {
    return { problem: `contains a NUL byte at line ${lineOf(text, '\0')}; is it a binary file?` }
  }
  if (!text.startsWith('---')) return { problem: 'has no frontmatter: it must start with a line "---"' }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return { problem: 'frontmatter is not closed: add a line "---" after the last field' }
  }
  try {
    // Parsed as the content build does: gray-matter with the `yaml` package (dates stay text). Passing
    // options also keeps gray-matter from caching results by content.
    const parsed = matter(text, { engines: { yaml: (source: string) => parseYaml(source) as object } })
    const data: unknown = parsed.data
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { problem: 'frontmatter must be a set of "field: value" lines' }
    }
    return { data: data as Record<string, unknown>, body: parsed.content }
  } catch (error) {
    // The first line says what and where; the rest is a code frame.
    const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
    return { problem: `frontmatter is not valid YAML: ${firstLine.replace(/:$/, '')}` }
  }
}

function decodeUtf8(bytes: Uint8Array | string): string | null {
  if (typeof bytes === 'string') return bytes
  try {
    // ignoreBOM keeps a byte-order mark in the text so that it can be reported.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

function lineOf(text: string, character: string): number {
  return text.slice(0, text.indexOf(character)).split('\n').length
}
