/**
 * Option counts for the filter panel, computed as facets: each facet's counts come from
 * the graph filtered by every OTHER choice, so a count says what ticking that box would add.
 */
import type { ActorKind, Family, Role } from '../extract/schema';
import { filterGraph, type FilterInput } from './filter';
import type { GraphIndex } from './model';

export interface FacetCounts {
  /** Relations per family. */
  families: Partial<Record<Family, number>>;
  /** Visible actors per kind. */
  kinds: Partial<Record<ActorKind, number>>;
  /** Visible actors per role. */
  roles: Partial<Record<Role, number>>;
  /** Evidence sentences per document id. */
  sources: Record<string, number>;
  /** Relations that are negated / affirmed. */
  negated: { negated: number; affirmed: number };
}

function bump<K extends string>(rec: Partial<Record<K, number>>, key: K): void {
  rec[key] = (rec[key] ?? 0) + 1;
}

/** Counts for every filter option under the current choices. */
export function facetCounts(index: GraphIndex, f: FilterInput): FacetCounts {
  const out: FacetCounts = { families: {}, kinds: {}, roles: {}, sources: {}, negated: { negated: 0, affirmed: 0 } };
  for (const r of filterGraph(index, f, 'families').relations) bump(out.families, r.relation.family);
  for (const a of filterGraph(index, f, 'kinds').actors) bump(out.kinds, a.kind);
  for (const a of filterGraph(index, f, 'roles').actors) for (const role of a.roles) bump(out.roles, role);
  for (const r of filterGraph(index, f, 'sources').relations) for (const ev of r.evidence) bump(out.sources, ev.doc);
  for (const r of filterGraph(index, f, 'negated').relations) {
    if (r.relation.negated) out.negated.negated++;
    else out.negated.affirmed++;
  }
  return out;
}
