/**
 * `useExplorer` for the heavy panels (graph and timeline): the graph and the filter choices
 * they draw are deferred. An urgent update of the store (opening another corpus, which
 * resets the filters, arrives outside any transition) then re-renders the filter panel at
 * once, while the graph and timeline keep the previous view and catch up in a transition
 * that React splits into short tasks, instead of recomputing and redrawing a big corpus in
 * one long task.
 */
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ActorGraph } from '../../extract/schema';
import { indexGraph } from '../../graph/model';
import { filterInputOf, selectFiltered, selectLegend, selectMetrics, selectRoutes, selectUntimed } from '../../state/selectors';
import { useViewStore } from '../../state/store';

/** Like `useExplorer`, on the deferred graph and filter choices (both returned). */
export function useDeferredExplorer(liveGraph: ActorGraph) {
  const live = useViewStore(useShallow(filterInputOf));
  const f = useDeferredValue(live);
  const graph = useDeferredValue(liveGraph);
  const filtered = selectFiltered(graph, f);
  return {
    graph,
    index: indexGraph(graph),
    filterInput: f,
    filtered,
    untimed: selectUntimed(graph, f),
    metrics: selectMetrics(filtered),
    routes: selectRoutes(filtered),
    legend: selectLegend(filtered),
  };
}
