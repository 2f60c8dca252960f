import { entriesExport } from '@/lib/entries-export'

export const dynamic = 'force-static'

export function GET() {
  return Response.json(entriesExport())
}
