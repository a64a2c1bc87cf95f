/**
 * The "Actor network" region: the graph (or the relations table in table view) with its
 * zoom controls and legend. Reads the view from the store; reusable by the embed page.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { ActorGraph, Evidence } from '../../extract/schema';
import { useViewStore } from '../../state/store';
import { useDeferredExplorer } from './useDeferredExplorer';
import { KIND_ENCODING } from '../../graph/encodings';
import { corroboration } from '../../graph/highlight';
import { GraphView, type ViewControls } from './GraphView';
import { Legend } from './Legend';
import { useLayout } from './useLayout';
import { RelationTable } from '../table/RelationTable';

export interface ActorNetworkProps {
  graph: ActorGraph;
  /** Show the legend overlay (default true). */
  showLegend?: boolean;
  /** Allow drag-to-pin (default true; the embed may turn it off). */
  editable?: boolean;
}

/** Graph or table of the filtered view, in a landmark named "Actor network". */
export function ActorNetwork({ graph: liveGraph, showLegend = true, editable = true }: ActorNetworkProps) {
  const { graph, index, filtered, metrics, routes, legend } = useDeferredExplorer(liveGraph);
  const view = useViewStore((s) => s.view);
  const selection = useViewStore((s) => s.selection);
  const pinned = useViewStore((s) => s.pinned);
  const select = useViewStore((s) => s.select);
  const pin = useViewStore((s) => s.pin);
  const unpin = useViewStore((s) => s.unpin);
  const resetFilters = useViewStore((s) => s.resetFilters);
  const controls = useRef<ViewControls | null>(null);
  const onFitReady = useCallback((c: ViewControls) => {
    controls.current = c;
  }, []);

  const nodes = useMemo(
    () =>
      filtered.actors.map((a) => ({
        id: a.id,
        radius: (metrics.get(a.id)?.radius ?? 8) * (KIND_ENCODING[a.kind].shape === 'pill' ? 1.5 : 1),
      })),
    [filtered, metrics],
  );
  const links = useMemo(
    () => filtered.relations.map((r) => ({ source: r.relation.source, target: r.relation.target })),
    [filtered],
  );
  const layout = useLayout(nodes, links);
  // "2 sources" for each edge's accessible name, counted over the evidence the filters keep.
  // Each edge asks for its own (a thousand relations with hundreds of corroborating articles
  // each is too much for one task; per edge, React spreads the work over short tasks).
  const sourcesOf = useCallback(
    (evidence: readonly Evidence[]) => corroboration(graph, evidence, index.docById).label,
    [graph, index],
  );

  const empty = filtered.actors.length === 0;
  return (
    <section className="network" aria-label="Actor network">
      {view === 'table' ? (
        <RelationTable graph={liveGraph} />
      ) : (
        <>
          <GraphView
            filtered={filtered}
            positions={layout.positions}
            layoutDone={layout.done}
            layoutKey={layout.key}
            metrics={metrics}
            routes={routes}
            sourcesOf={sourcesOf}
            selection={selection}
            pinned={pinned}
            onSelect={select}
            onPin={editable ? pin : undefined}
            onUnpin={editable ? unpin : undefined}
            onFitReady={onFitReady}
          />
          {empty && (
            <div className="graph-empty" role="status">
              {graph.relations.length === 0 ? (
                <p>The extraction found no relations in this corpus yet.</p>
              ) : (
                <>
                  <p>No relations match the current filters.</p>
                  {editable && (
                    <button type="button" className="btn" onClick={resetFilters}>
                      Reset filters
                    </button>
                  )}
                </>
              )}
            </div>
          )}
          {/* the keys the graph's <desc> tells screen readers, shown to sighted keyboard users while the graph has focus */}
          <p className="graph-keys" aria-hidden="true">
            <kbd>←↑↓→</kbd> move · <kbd>Enter</kbd> select · <kbd>Tab</kbd> its relations · <kbd>Esc</kbd> back
          </p>
          <div className="graph-controls" role="group" aria-label="Zoom">
            <button
              type="button"
              className="btn btn-icon"
              onClick={() => controls.current?.zoomBy(1.4)}
              aria-label="Zoom in"
              title="Zoom in"
            >
              +
            </button>
            <button
              type="button"
              className="btn btn-icon"
              onClick={() => controls.current?.zoomBy(1 / 1.4)}
              aria-label="Zoom out"
              title="Zoom out"
            >
              −
            </button>
            <button
              type="button"
              className="btn btn-icon"
              onClick={() => controls.current?.fit()}
              title="Fit graph to view"
            >
              Fit
            </button>
          </div>
          {showLegend && <Legend entries={legend} />}
        </>
      )}
    </section>
  );
}
