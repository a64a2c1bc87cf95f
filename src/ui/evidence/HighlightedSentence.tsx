/** An evidence sentence with the actors' mentions in <mark> and the trigger in <strong>, built from offsets. */
import type { Segment } from '../../graph/highlight';

/** Renders segments as text nodes inside mark/strong elements (never as HTML). */
export function HighlightedSentence({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'actor' ? (
          <mark key={i} className="hl-actor" data-actor-id={s.actor}>
            {s.text}
          </mark>
        ) : s.kind === 'trigger' ? (
          <strong key={i} className="hl-trigger">
            {s.text}
          </strong>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
