import { entriesExport } from '@/lib/content/entries-export'

export const dynamic = 'force-static'

export function GET() {
  return Response.json(entriesExport())
}
