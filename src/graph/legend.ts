/**
 * Legend entries generated from the encodings actually in use in the visible graph, so
 * the legend never explains a colour or shape that is not on screen.
 */
import { ACTOR_KINDS, FAMILIES, ROLES, type ActorKind, type Family, type Role } from '../extract/schema';
import type { FilteredGraph } from './filter';

export interface LegendEntries {
  kinds: ActorKind[];
  families: Family[];
  roles: Role[];
  negated: boolean;
  multiEdges: boolean;
}

/** Which kinds, families, roles and edge styles the filtered graph uses (in canonical order). */
export function legendEntries(f: FilteredGraph): LegendEntries {
  const kinds = new Set(f.actors.map((a) => a.kind));
  const roles = new Set(f.actors.flatMap((a) => a.roles));
  const families = new Set(f.relations.map((r) => r.relation.family));
  const pairs = new Set<string>();
  let multiEdges = false;
  for (const r of f.relations) {
    const k = [r.relation.source, r.relation.target].sort().join('\u0000');
    if (pairs.has(k)) multiEdges = true;
    pairs.add(k);
  }
  return {
    kinds: ACTOR_KINDS.filter((k) => kinds.has(k)),
    families: FAMILIES.filter((x) => families.has(x)),
    roles: ROLES.filter((r) => roles.has(r)),
    negated: f.relations.some((r) => r.relation.negated),
    multiEdges,
  };
}
