/**
 * Derived data for the explorer, computed from the loaded graph and the raw choices in
 * the store. Each selector remembers its last inputs (compared by reference, field by
 * field), so re-rendering with unchanged choices costs nothing.
 */
import type { ActorGraph } from '../extract/schema';
import { facetCounts, type FacetCounts } from '../graph/counts';
import { routeEdges, type EdgeRoute } from '../graph/edges';
import { filterGraph, type FilteredGraph, type FilterInput } from '../graph/filter';
import { legendEntries, type LegendEntries } from '../graph/legend';
import { actorMetrics, type ActorMetrics } from '../graph/metrics';
import { indexGraph, type GraphIndex } from '../graph/model';
import { timelineData, type TimelineData } from '../graph/timeline';
import type { Clock, ViewState } from './viewState';

const FILTER_KEYS = ['families', 'kinds', 'roles', 'sources', 'negated', 'minEvidence', 'search', 'timeRange', 'clock', 'focus'] as const;

/**
 * Remembers the last two calls: same arguments (===) → same result object. Two, not one:
 * while an urgent render shows the new choices in the filter panel, the graph and timeline
 * still render the previous ones (deferred, see ActorNetwork and Timeline); with one entry
 * each would evict the other's result and recompute it.
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let recent: { args: A; result: R }[] = [];
  return (...args: A) => {
    const hit = recent.find((c) => c.args.length === args.length && c.args.every((a, i) => a === args[i]));
    if (hit) return hit.result;
    const result = fn(...args);
    recent = [{ args, result }, ...recent.slice(0, 1)];
    return result;
  };
}

/** Picks the filter choices out of a view state. */
export function filterInputOf(v: Pick<ViewState, (typeof FILTER_KEYS)[number]>): FilterInput {
  const out = {} as Record<string, unknown>;
  for (const k of FILTER_KEYS) out[k] = v[k];
  return out as unknown as FilterInput;
}

function keyed<R>(fn: (index: GraphIndex, f: FilterInput) => R): (graph: ActorGraph, f: FilterInput) => R {
  const m = memoLast((graph: ActorGraph, ...vals: unknown[]) => {
    const f = {} as Record<string, unknown>;
    FILTER_KEYS.forEach((k, i) => (f[k] = vals[i]));
    return fn(indexGraph(graph), f as unknown as FilterInput);
  });
  return (graph, f) => m(graph, ...FILTER_KEYS.map((k) => f[k]));
}

/** The visible graph under every filter, search and focus. */
export const selectFiltered: (graph: ActorGraph, f: FilterInput) => FilteredGraph = keyed((index, f) => filterGraph(index, f));

/** The graph filtered by everything but time: what the timeline draws (brushing must not hide its own marks). */
export const selectUntimed: (graph: ActorGraph, f: FilterInput) => FilteredGraph = keyed((index, f) => filterGraph(index, f, 'time'));

/** Per-option counts for the filter panel. */
export const selectCounts: (graph: ActorGraph, f: FilterInput) => FacetCounts = keyed((index, f) => facetCounts(index, f));

/** Degree, evidence and radius per visible actor. */
export const selectMetrics: (filtered: FilteredGraph) => Map<string, ActorMetrics> = memoLast((filtered: FilteredGraph) =>
  actorMetrics(
    filtered.actors.map((a) => a.id),
    filtered.relations,
  ),
);

/** Curvature lanes for visible relations (multi-edges drawn apart). */
export const selectRoutes: (filtered: FilteredGraph) => Map<string, EdgeRoute> = memoLast((filtered: FilteredGraph) => routeEdges(filtered.relations));

/** Legend entries for the encodings in use. */
export const selectLegend: (filtered: FilteredGraph) => LegendEntries = memoLast(legendEntries);

/** Timeline marks on the chosen clock. */
export const selectTimeline: (graph: ActorGraph, untimed: FilteredGraph, clock: Clock) => TimelineData = memoLast(
  (graph: ActorGraph, untimed: FilteredGraph, clock: Clock) => timelineData(indexGraph(graph), untimed.relations, clock),
);
