/**
 * Multi-edge grouping: several relations between the same two actors (either direction)
 * get distinct curvature offsets so they are drawn as separate arcs, never on top of
 * each other. Offsets are measured against the pair's canonical direction (lower id →
 * higher id), so A→B and B→A bend to opposite sides consistently.
 */
import type { VisibleRelation } from './filter';

export interface EdgeRoute {
  id: string;
  source: string;
  target: string;
  /** Signed lane: 0 = straight; ±1, ±2… = curved to one side of the canonical direction. */
  lane: number;
  /** How many relations share this pair. */
  siblings: number;
}

/** Pair key independent of direction. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Assigns lanes to relations grouped by unordered actor pair (stable order by relation id). */
export function routeEdges(relations: readonly VisibleRelation[]): Map<string, EdgeRoute> {
  const groups = new Map<string, VisibleRelation[]>();
  for (const r of relations) {
    const k = pairKey(r.relation.source, r.relation.target);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(r);
  }
  const out = new Map<string, EdgeRoute>();
  for (const group of groups.values()) {
    group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const n = group.length;
    group.forEach((r, i) => {
      // Odd counts keep one straight edge in the middle; even counts split symmetrically.
      const lane = n % 2 === 1 ? i - (n - 1) / 2 : i - n / 2 + (i >= n / 2 ? 1 : 0);
      out.set(r.id, { id: r.id, source: r.relation.source, target: r.relation.target, lane, siblings: n });
    });
  }
  return out;
}
