/** Structured data for search engines; `json` comes from lib/content/metadata.ts, which escapes it. */
export function JsonLd({ json }: { json: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
