/**
 * Keyboard navigation between graph nodes: an arrow key moves to the neighbour lying most
 * nearly in that direction; when the node has no neighbour that way, to the nearest node
 * of all in that direction, so every node stays reachable.
 */
import type { Point } from './geometry';
import type { Positions } from './layout';

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, Point> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

function best(from: Point, candidates: Iterable<string>, pos: Positions, dir: Direction): string | null {
  const v = VECTORS[dir];
  let bestId: string | null = null;
  let bestScore = Infinity;
  for (const id of candidates) {
    const p = pos.get(id);
    if (!p) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const dist = Math.hypot(dx, dy);
    if (dist < 1e-6) continue;
    const cos = (dx * v.x + dy * v.y) / dist;
    if (cos < 0.35) continue; // within ~70° of the arrow's direction
    const score = dist * (2 - cos);
    if (score < bestScore || (score === bestScore && bestId !== null && id < bestId)) {
      bestScore = score;
      bestId = id;
    }
  }
  return bestId;
}

/** The node to focus after pressing an arrow on `current`, or null to stay. */
export function nextNode(
  current: string,
  dir: Direction,
  pos: Positions,
  neighbours: ReadonlySet<string>,
): string | null {
  const from = pos.get(current);
  if (!from) return null;
  return best(from, neighbours, pos, dir) ?? best(from, pos.keys(), pos, dir);
}

/** The few relation fields keyboard order needs. */
export interface NavRelation {
  id: string;
  source: string;
  target: string;
  family: string;
}

/**
 * The order in which the keyboard walks an actor's relations: by family (in `families`
 * order, as the side panel groups them), then by the other actor's name, then by id, so
 * the same view always gives the same sequence.
 */
export function relationsAround(
  actor: string,
  relations: readonly NavRelation[],
  families: readonly string[],
  name: (id: string) => string,
): string[] {
  const rank = (f: string) => {
    const i = families.indexOf(f);
    return i < 0 ? families.length : i;
  };
  const other = (r: NavRelation) => name(r.source === actor ? r.target : r.source);
  return relations
    .filter((r) => r.source === actor || r.target === actor)
    .sort(
      (a, b) =>
        rank(a.family) - rank(b.family) ||
        other(a).localeCompare(other(b)) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((r) => r.id);
}
