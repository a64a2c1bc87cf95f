/**
 * Per-actor numbers for the visible graph: how many relations touch it (degree) and how
 * much evidence it is involved in, which sets its radius.
 */
import type { VisibleRelation } from './filter';

export interface ActorMetrics {
  degree: number;
  evidence: number;
  radius: number;
}

export const MIN_RADIUS = 7;
export const MAX_RADIUS = 22;

/** Degree, evidence involvement and radius (area ∝ evidence, clamped) for each actor id. */
export function actorMetrics(actorIds: readonly string[], relations: readonly VisibleRelation[]): Map<string, ActorMetrics> {
  const m = new Map<string, ActorMetrics>(actorIds.map((id) => [id, { degree: 0, evidence: 0, radius: MIN_RADIUS }]));
  for (const r of relations) {
    for (const id of new Set([r.relation.source, r.relation.target])) {
      const e = m.get(id);
      if (!e) continue;
      e.degree++;
      e.evidence += r.evidence.length;
    }
  }
  let max = 1;
  for (const e of m.values()) max = Math.max(max, e.evidence);
  for (const e of m.values()) {
    e.radius = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(e.evidence / max);
  }
  return m;
}
