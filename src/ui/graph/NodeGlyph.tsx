/**
 * One actor's mark: kind shape and colour, role badges, a pin marker, and its label.
 * Purely presentational; the graph component positions it and wires events.
 */
import type { Actor } from '../../extract/schema';
import { KIND_ENCODING, ROLE_ENCODING, shapePath } from '../../graph/encodings';
import type { LabelPlacement } from '../../graph/labels';

export interface NodeGlyphProps {
  actor: Actor;
  radius: number;
  pinned: boolean;
  /** Where the label goes; null = hidden unless hovered, focused or selected (then below). */
  label: LabelPlacement | null;
}

/** Shape, badges and label of a node, drawn around 0,0. */
export function NodeGlyph({ actor, radius, pinned, label }: NodeGlyphProps) {
  const enc = KIND_ENCODING[actor.kind];
  const d = shapePath(enc.shape, radius);
  const badges = actor.roles.filter((r) => r !== 'party' || actor.roles.length === 1).slice(0, 2);
  const excluded = actor.roles.includes('excluded');
  return (
    <>
      <path className="node-halo" d={shapePath(enc.shape, radius + 5)} />
      {excluded && <path className="node-excluded-ring" d={shapePath(enc.shape, radius + 3.5)} />}
      <path className="node-shape" d={d} fill={enc.color} />
      {badges.map((role, i) => (
        <g key={role} className={`node-badge role-${role}`} transform={`translate(${radius * 0.85 + i * 11},${-radius * 0.85})`}>
          <circle r={5.5} />
          <text dy="0.35em">{ROLE_ENCODING[role].badge}</text>
        </g>
      ))}
      {pinned && <circle className="node-pin" cx={-radius * 0.8} cy={-radius * 0.8} r={3} />}
      <text className={`node-label${label ? ` at-${label}` : ' is-hidden'}`} {...labelAttrs(label ?? 'below', radius)}>
        {actor.name}
      </text>
    </>
  );
}

/** Position attributes of a label; sizes in em follow the label's counter-scaled font. */
function labelAttrs(where: LabelPlacement, r: number) {
  switch (where) {
    case 'below':
      return { x: 0, y: r + 3, dy: '0.8em', textAnchor: 'middle' as const };
    case 'above':
      return { x: 0, y: -r - 3, dy: '-0.3em', textAnchor: 'middle' as const };
    case 'right':
      return { x: r + 3, y: 0, dy: '0.35em', textAnchor: 'start' as const };
    case 'left':
      return { x: -r - 3, y: 0, dy: '0.35em', textAnchor: 'end' as const };
  }
}
