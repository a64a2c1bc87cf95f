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
import { filterInputOf } from '../../state/selectors';
import { useViewStore } from '../../state/store';
import { explorerView } from '../useExplorer';

/** Like `useExplorer`, on the deferred graph and filter choices (both returned). */
export function useDeferredExplorer(liveGraph: ActorGraph) {
  const f = useDeferredValue(useViewStore(useShallow(filterInputOf)));
  const graph = useDeferredValue(liveGraph);
  return { graph, ...explorerView(graph, f) };
}
