import { ACCESS_LABELS } from '@/lib/schema/entry-fields'

/** Marks a resource that costs money to read or watch; free ones carry no badge. */
export function AccessBadge() {
  return (
    <span
      className="inline-flex items-center rounded-full bg-yellow-50 px-2 py-0.5 text-xs font-medium text-yellow-900 ring-1 ring-yellow-300 ring-inset dark:bg-yellow-950 dark:text-yellow-100 dark:ring-yellow-700"
      data-access="paid"
    >
      {ACCESS_LABELS.paid}
    </span>
  )
}
