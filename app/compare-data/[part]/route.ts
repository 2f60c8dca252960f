import { compareDataParts } from '@/lib/content/compare-data'

export const dynamic = 'force-static'
export const dynamicParams = false

/** /compare-data/<n>.json: one part of every entry's facts, fetched by the /compare/ page only. */
export function generateStaticParams() {
  return compareDataParts().map((_, index) => ({ part: `${index}.json` }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const part = compareDataParts()[Number((await params).part.replace(/\.json$/, ''))]
  return part ? Response.json(part) : new Response('Not found', { status: 404 })
}
