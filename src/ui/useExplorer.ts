/**
 * The derived view of a loaded graph under the store's current choices: one hook the
 * explorer panels (and the embed page) share, so they always agree on what is visible.
 */
import { useShallow } from 'zustand/react/shallow';
import type { ActorGraph } from '../extract/schema';
import { indexGraph } from '../graph/model';
import {
  filterInputOf,
  selectFiltered,
  selectLegend,
  selectMetrics,
  selectRoutes,
  selectUntimed,
} from '../state/selectors';
import { useViewStore } from '../state/store';

type FilterInput = ReturnType<typeof filterInputOf>;

/** Filtered graph, metrics, edge routes and legend of `graph` under the filter choices `f`. */
export function explorerView(graph: ActorGraph, f: FilterInput) {
  const filtered = selectFiltered(graph, f);
  return {
    index: indexGraph(graph),
    filterInput: f,
    filtered,
    untimed: selectUntimed(graph, f),
    metrics: selectMetrics(filtered),
    routes: selectRoutes(filtered),
    legend: selectLegend(filtered),
  };
}

/** Filtered graph, metrics, edge routes and legend for the current view. */
export function useExplorer(graph: ActorGraph) {
  return explorerView(graph, useViewStore(useShallow(filterInputOf)));
}
