import { toSegments } from '@/lib/search/highlight'

/** Text with the matched parts wrapped in <mark>, built from ranges as React text nodes. */
export function Highlighted({ text, ranges }: { text: string; ranges?: [number, number][] }) {
  if (!ranges?.length) return <>{text}</>
  return (
    <>
      {toSegments(text, ranges).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  )
}
