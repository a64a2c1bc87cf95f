/** A clickable actor name with its kind glyph; selecting it shows the actor. */
import { KIND_ENCODING, shapePath } from '../../graph/encodings';
import type { GraphIndex } from '../../graph/model';
import { useViewStore } from '../../state/store';

/** Actor name button with a small kind shape. */
export function ActorChip({ index, id }: { index: GraphIndex; id: string }) {
  const select = useViewStore((s) => s.select);
  const a = index.actorById.get(id);
  if (!a) return <span>{id}</span>;
  const enc = KIND_ENCODING[a.kind];
  return (
    <button type="button" className="actor-chip" onClick={() => select({ type: 'actor', id })}>
      <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
        <path d={shapePath(enc.shape, 4.2)} fill={enc.color} stroke="#1f2937" strokeWidth="0.8" />
      </svg>
      {a.name}
    </button>
  );
}
