/**
 * The filtered graph: which actors and relations the current choices leave visible.
 * Evidence is filtered first (sources, time range), then relations (family, negation,
 * minimum evidence, both ends visible), then actors (kind, role), then search and focus.
 */
import type { Actor, Evidence, Relation } from '../extract/schema';
import type { ViewState } from '../state/viewState';
import { actorMatches, type GraphIndex } from './model';
import { evidenceInterval, overlaps, rangeInterval } from './time';
import { neighbourhood } from './focus';

/** The view choices that shape the filtered graph. */
export type FilterInput = Pick<
  ViewState,
  'families' | 'kinds' | 'roles' | 'sources' | 'negated' | 'minEvidence' | 'search' | 'timeRange' | 'clock' | 'focus'
>;

/** A facet left out when computing that facet's own option counts. */
export type Facet = 'families' | 'kinds' | 'roles' | 'sources' | 'negated' | 'time';

export interface VisibleRelation {
  id: string;
  relation: Relation;
  /** The evidence that passed the source and time filters, in original order. */
  evidence: Evidence[];
  /** Index of each kept evidence item in `relation.evidence` (for citing one sentence). */
  evidenceIndex: number[];
}

export interface FilteredGraph {
  actors: Actor[];
  relations: VisibleRelation[];
  /** Evidence left out only because it has no date on the chosen clock while a range is set. */
  undatedHidden: number;
}

/** True when the actor passes the kind and role filters. */
export function actorPasses(actor: Actor, f: FilterInput, ignore?: Facet): boolean {
  if (ignore !== 'kinds' && f.kinds.length && !f.kinds.includes(actor.kind)) return false;
  if (ignore !== 'roles' && f.roles.length && !actor.roles.some((r) => f.roles.includes(r))) return false;
  return true;
}

/** Applies every filter (except `ignore`, for facet counts) to the indexed graph. */
export function filterGraph(index: GraphIndex, f: FilterInput, ignore?: Facet): FilteredGraph {
  const { graph, actorById, docById } = index;
  const range = ignore !== 'time' && f.timeRange ? rangeInterval(f.timeRange) : null;
  const sources = ignore !== 'sources' && f.sources.length ? new Set(f.sources) : null;
  let undatedHidden = 0;
  const relations: VisibleRelation[] = [];
  for (const rel of graph.relations) {
    if (ignore !== 'families' && f.families.length && !f.families.includes(rel.family)) continue;
    if (ignore !== 'negated' && f.negated === 'hide' && rel.negated) continue;
    if (ignore !== 'negated' && f.negated === 'only' && !rel.negated) continue;
    const s = actorById.get(rel.source);
    const t = actorById.get(rel.target);
    if (!s || !t || !actorPasses(s, f, ignore) || !actorPasses(t, f, ignore)) continue;
    const evidence: Evidence[] = [];
    const evidenceIndex: number[] = [];
    rel.evidence.forEach((ev, i) => {
      if (sources && !sources.has(ev.doc)) return;
      if (range) {
        const iv = evidenceInterval(ev, docById.get(ev.doc), f.clock);
        if (!iv) {
          undatedHidden++;
          return;
        }
        if (!overlaps(iv, range)) return;
      }
      evidence.push(ev);
      evidenceIndex.push(i);
    });
    if (evidence.length === 0 || evidence.length < f.minEvidence) continue;
    relations.push({ id: rel.id, relation: rel, evidence, evidenceIndex });
  }

  const query = f.search.trim();
  let kept = relations;
  const ids = new Set<string>();
  if (query) {
    const matches = new Set(
      graph.actors.filter((a) => actorPasses(a, f, ignore) && actorMatches(a, query)).map((a) => a.id),
    );
    kept = relations.filter((r) => matches.has(r.relation.source) || matches.has(r.relation.target));
    for (const id of matches) ids.add(id);
  }
  for (const r of kept) {
    ids.add(r.relation.source);
    ids.add(r.relation.target);
  }

  if (f.focus && actorById.has(f.focus.actor)) {
    const near = neighbourhood(
      f.focus.actor,
      kept.map((r) => [r.relation.source, r.relation.target] as const),
      f.focus.depth,
    );
    kept = kept.filter((r) => near.has(r.relation.source) && near.has(r.relation.target));
    for (const id of [...ids]) if (!near.has(id)) ids.delete(id);
    ids.add(f.focus.actor);
  }

  return {
    actors: graph.actors.filter((a) => ids.has(a.id)),
    relations: kept,
    undatedHidden,
  };
}
