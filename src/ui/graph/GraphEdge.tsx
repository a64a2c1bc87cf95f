/**
 * One relation's edge in the SVG graph. Memoised on plain values (strings, numbers,
 * booleans): a big corpus has over a thousand edges, and hovering a node, zooming or a
 * new partial graph that leaves an edge as it was must not re-render or touch it.
 */
import { memo, useCallback, useMemo, type KeyboardEvent, type RefObject } from 'react';
import type { Evidence } from '../../extract/schema';

/** What an edge does when used; read through a ref so the edge's props stay equal. */
export interface EdgeActions {
  select(id: string): void;
  key(e: KeyboardEvent, id: string): void;
  /** The edge's element (null when it goes), for keyboard focus moves. */
  register(id: string, el: SVGGElement | null): void;
}

export interface GraphEdgeProps {
  id: string;
  d: string;
  className: string;
  family: string;
  source: string;
  target: string;
  color: string;
  strokeWidth: number;
  /** `url(#…)` of the arrowhead marker. */
  marker: string;
  selected: boolean;
  /** Names and phrase of the accessible name ("Russia backs Syrian government, 2 sources"). */
  src: string;
  phrase: string;
  tgt: string;
  /** The visible evidence, and how to summarise its corroboration (see ActorNetwork). */
  evidence: readonly Evidence[];
  sourcesOf?: (evidence: readonly Evidence[]) => string;
  title: string;
  actions: RefObject<EdgeActions>;
}

/** Accessible name of an edge: "Russia backs Syrian government, 1 source". */
export function edgeLabel(source: string, phrase: string, target: string, sources: string | undefined): string {
  return sources ? `${source} ${phrase} ${target}, ${sources}` : `${source} ${phrase} ${target}`;
}

/** A relation's hit area and line, in a focusable group. */
export const GraphEdge = memo(function GraphEdge(p: GraphEdgeProps) {
  const { id, actions } = p;
  const { src, phrase, tgt, evidence, sourcesOf } = p;
  const label = useMemo(() => edgeLabel(src, phrase, tgt, sourcesOf?.(evidence)), [src, phrase, tgt, evidence, sourcesOf]);
  const ref = useCallback((el: SVGGElement | null) => actions.current.register(id, el), [id, actions]);
  return (
    <g
      ref={ref}
      className={p.className}
      data-edge=""
      data-relation-id={id}
      data-family={p.family}
      data-source={p.source}
      data-target={p.target}
      // Edges are reached from their actor (Tab) rather than in the page's tab order,
      // which would otherwise hold every relation; the selected one stays.
      tabIndex={p.selected ? 0 : -1}
      role="button"
      aria-pressed={p.selected}
      aria-label={label}
      onClick={() => actions.current.select(id)}
      onKeyDown={(e) => actions.current.key(e, id)}
    >
      <title>{p.title}</title>
      <path className="edge-hit" d={p.d} />
      <path className="edge-line" d={p.d} stroke={p.color} strokeWidth={p.strokeWidth} markerEnd={p.marker} />
    </g>
  );
});
