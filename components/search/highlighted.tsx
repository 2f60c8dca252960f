import { toSegments } from '@/lib/search/highlight'

/** Text with the matched parts wrapped in <mark>, built from ranges as React text nodes. */
export function Highlighted({ text, ranges }: { text: string; ranges?: [number, number][] }) {
  if (!ranges?.length) return <>{text}</>
  return (
    <>
      {toSegments(text, ranges).map((segment, index) =>
        // Unmarked runs stay bare text nodes: a card is rebuilt on every keystroke, so fewer nodes count.
        segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  )
}
