import { mediaTypeLabel, type MediaType } from '@/lib/schema/media-types'

const STYLES: Record<MediaType, { icon: string; className: string }> = {
  repository: {
    icon: '⌥',
    className: 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800',
  },
  article: {
    icon: '¶',
    className:
      'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
  },
  audio: {
    icon: '♪',
    className:
      'bg-violet-50 text-violet-800 ring-violet-200 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-800',
  },
  video: {
    icon: '▶',
    className:
      'bg-rose-50 text-rose-800 ring-rose-200 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-800',
  },
  book: {
    icon: '❐',
    className:
      'bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  },
}

export function MediaTypeBadge({ type }: { type: MediaType }) {
  const { icon, className } = STYLES[type]
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
    >
      <span aria-hidden="true">{icon}</span>
      {mediaTypeLabel(type)}
    </span>
  )
}
