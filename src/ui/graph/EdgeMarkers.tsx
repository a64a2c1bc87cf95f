/** Arrowhead markers, one per relation family colour, under a per-instance id prefix. */
import { FAMILIES } from '../../extract/schema';
import { FAMILY_ENCODING } from '../../graph/encodings';

/** Id of the arrowhead marker for a family within one graph instance. */
export function markerId(prefix: string, family: string): string {
  return `${prefix}-arrow-${family}`;
}

/** <defs> with an arrowhead per family. */
export function EdgeMarkers({ prefix }: { prefix: string }) {
  return (
    <defs>
      {FAMILIES.map((f) => (
        <marker
          key={f}
          id={markerId(prefix, f)}
          viewBox="0 -5 10 10"
          refX={8}
          refY={0}
          markerWidth={6}
          markerHeight={6}
          orient="auto"
          markerUnits="userSpaceOnUse"
        >
          <path d="M0,-4.5L10,0L0,4.5Z" fill={FAMILY_ENCODING[f].color} />
        </marker>
      ))}
    </defs>
  );
}
