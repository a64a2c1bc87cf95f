/**
 * The actor network as SVG. This one component owns the SVG DOM for d3-zoom and
 * d3-drag (through refs); React renders nodes and edges from the pure layout and
 * geometry in src/graph, so a canvas renderer could reuse the same maths.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { drag, select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import type { Actor, Evidence } from '../../extract/schema';
import { FAMILY_ENCODING, kindWords } from '../../graph/encodings';
import type { EdgeRoute } from '../../graph/edges';
import type { FilteredGraph } from '../../graph/filter';
import { edgePath, type Point } from '../../graph/geometry';
import { estimateTextWidth, placeLabels, type LabelPlacement } from '../../graph/labels';
import { layoutBounds, type Positions } from '../../graph/layout';
import type { ActorMetrics } from '../../graph/metrics';
import { nextNode, type Direction } from '../../graph/navigation';
import type { Selection } from '../../state/viewState';
import { EdgeMarkers, markerId } from './EdgeMarkers';
import { GraphEdge, type EdgeActions } from './GraphEdge';
export { edgeLabel } from './GraphEdge';
import { NodeGlyph } from './NodeGlyph';
import { relationPhrase } from '../../graph/phrase';
import { useEdgeKeyboard } from './useEdgeKeyboard';
import { useEdgeBatches } from './useEdgeBatches';
import './graph.css';

export interface GraphViewProps {
  filtered: FilteredGraph;
  positions: Positions | null;
  layoutDone: boolean;
  layoutKey: string;
  metrics: Map<string, ActorMetrics>;
  routes: Map<string, EdgeRoute>;
  /** Corroboration of a relation's visible evidence ("2 sources"), for edges' accessible names. */
  sourcesOf?(evidence: readonly Evidence[]): string;
  selection: Selection | null;
  pinned: Record<string, [number, number]>;
  onSelect(s: Selection | null): void;
  onPin?(id: string, at: [number, number]): void;
  onUnpin?(id: string): void;
  /** Called with view controls (fit, zoom by a factor) for buttons outside the SVG. */
  onFitReady?(controls: ViewControls): void;
}

/** Camera controls the graph hands to its container's buttons. */
export interface ViewControls {
  fit(): void;
  zoomBy(factor: number): void;
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Accessible name of a node: "Russia, state, mediator, 9 relations". */
export function nodeLabel(actor: Actor, degree: number): string {
  return [
    actor.name,
    kindWords(actor.kind),
    ...actor.roles,
    `${degree} relation${degree === 1 ? '' : 's'}`,
  ].join(', ');
}


/** SVG actor network with zoom, pan, drag-to-pin, hover and keyboard navigation. */
export function GraphView(props: GraphViewProps) {
  const { filtered, positions, metrics, routes, selection, pinned, onSelect, onPin, onUnpin } = props;
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const nodesRef = useRef<SVGGElement>(null);
  const size = useRef<{ w: number; h: number } | null>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const userZoomed = useRef(false);
  const nodeRefs = useRef(new Map<string, SVGGElement>());
  const [zoomK, setZoomK] = useState(1);
  const [hover, setHover] = useState<string | null>(null);
  const [dragging, setDragging] = useState<{ id: string; x: number; y: number } | null>(null);

  const pos = useMemo(() => {
    const m = new Map<string, Point>();
    for (const a of filtered.actors) {
      const p = pinned[a.id];
      const base = positions?.get(a.id);
      if (p) m.set(a.id, { x: p[0], y: p[1] });
      else if (base) m.set(a.id, base);
    }
    if (dragging) m.set(dragging.id, { x: dragging.x, y: dragging.y });
    return m;
  }, [filtered, positions, pinned, dragging]);
  const posRef = useRef(pos);
  useEffect(() => {
    posRef.current = pos;
  }, [pos]);

  const neighbours = useMemo(() => {
    const m = new Map<string, Set<string>>(filtered.actors.map((a) => [a.id, new Set<string>()]));
    for (const r of filtered.relations) {
      m.get(r.relation.source)?.add(r.relation.target);
      m.get(r.relation.target)?.add(r.relation.source);
    }
    return m;
  }, [filtered]);

  const names = useMemo(() => new Map(filtered.actors.map((a) => [a.id, a.name])), [filtered]);
  const radius = useCallback((id: string) => metrics.get(id)?.radius ?? 8, [metrics]);

  const labels = useMemo(
    () =>
      positions
        ? placeLabels(
            filtered.actors.map((a) => ({
              id: a.id,
              text: a.name,
              radius: radius(a.id),
              priority: (metrics.get(a.id)?.degree ?? 0) * 100 + (metrics.get(a.id)?.evidence ?? 0),
            })),
            pos,
            zoomK,
            11.5,
          )
        : new Map<string, LabelPlacement>(),
    // Labels are re-placed when the layout or zoom settles, not on every drag frame.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filtered, positions, pinned, zoomK, metrics],
  );

  const fit = useCallback(
    (animate: boolean) => {
      const svg = svgRef.current;
      const z = zoomRef.current;
      if (!svg || !z || posRef.current.size === 0) return;
      // Bounds include label half-widths so names at the edge are not cut off.
      const b = layoutBounds(posRef.current, (id) =>
        Math.max(radius(id), estimateTextWidth(names.get(id) ?? '', 11.5) / 2 / 1.4),
      );
      // The size the ResizeObserver last saw: reading clientWidth here, in the effect after a
      // big commit, forced a synchronous layout of the whole page inside that task.
      const w = size.current?.w || svg.clientWidth || 800;
      const h = size.current?.h || svg.clientHeight || 600;
      const pad = 36;
      const k = Math.min(
        2.2,
        (w - 2 * pad) / Math.max(1, b.x1 - b.x0),
        (h - 2 * pad) / Math.max(1, b.y1 - b.y0),
      );
      const t = zoomIdentity
        .translate(w / 2, h / 2)
        .scale(k)
        .translate(-(b.x0 + b.x1) / 2, -(b.y0 + b.y1) / 2);
      userZoomed.current = false;
      if (animate && !reducedMotion()) select(svg).transition().duration(450).call(z.transform, t);
      else select(svg).call(z.transform, t);
    },
    [radius, names],
  );

  // Zoom and pan: d3 writes the transform straight to the viewport group (no React render per frame).
  useEffect(() => {
    const svg = svgRef.current!;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.15, 8])
      .on('zoom', (e) => {
        viewportRef.current?.setAttribute('transform', e.transform.toString());
        // On the nodes' group, not the SVG: only labels use it, and a custom property set on
        // the SVG restyles every edge too (thousands of elements on a big corpus).
        nodesRef.current?.style.setProperty('--k', String(e.transform.k));
        if (e.sourceEvent) userZoomed.current = true;
      })
      .on('end', (e) => setZoomK(Math.round(e.transform.k * 20) / 20));
    select(svg).call(z).on('dblclick.zoom', null);
    zoomRef.current = z;
    return () => {
      select(svg).on('.zoom', null);
    };
  }, []);

  const { onFitReady } = props;
  useEffect(() => {
    onFitReady?.({
      fit: () => fit(true),
      zoomBy: (factor) => {
        const svg = svgRef.current;
        const z = zoomRef.current;
        if (!svg || !z) return;
        userZoomed.current = true;
        if (reducedMotion()) select(svg).call(z.scaleBy, factor);
        else select(svg).transition().duration(200).call(z.scaleBy, factor);
      },
    });
  }, [fit, onFitReady]);

  // Fit whenever a new layout finishes, and on resize unless the reader has zoomed.
  useEffect(() => {
    if (props.layoutDone) fit(false);
  }, [props.layoutDone, props.layoutKey, fit]);
  useEffect(() => {
    const svg = svgRef.current!;
    const ro = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) size.current = { w: Math.round(box.width), h: Math.round(box.height) };
      if (!userZoomed.current) fit(false);
    });
    ro.observe(svg);
    return () => ro.disconnect();
  }, [fit]);

  // Drag pins a node where it is dropped; attached to the current node elements.
  const actorKey = filtered.actors.map((a) => a.id).join('|');
  useEffect(() => {
    if (!onPin) return;
    const nodes = select(viewportRef.current!).selectAll<SVGGElement, unknown>('g.node');
    nodes.call(
      drag<SVGGElement, unknown>()
        .clickDistance(4)
        .subject(function () {
          const p = posRef.current.get(this.dataset.actorId ?? '');
          return { x: p?.x ?? 0, y: p?.y ?? 0 };
        })
        .on('drag', function (e) {
          setDragging({ id: this.dataset.actorId ?? '', x: e.x, y: e.y });
        })
        .on('end', function (e) {
          const id = this.dataset.actorId ?? '';
          const p = posRef.current.get(id);
          if (p && (e.x !== e.subject.x || e.y !== e.subject.y))
            onPin(id, [Math.round(e.x * 10) / 10, Math.round(e.y * 10) / 10]);
          setDragging(null);
        }),
    );
    return () => {
      nodes.on('.drag', null);
    };
    // Re-attach when the node set changes or the first positions arrive (nodes render then).
  }, [actorKey, onPin, positions]);

  const edgeIds = useMemo(() => filtered.relations.map((r) => r.id), [filtered]);
  const edgeDrawn = useEdgeBatches(edgeIds, !!positions);

  const selectedActor = selection?.type === 'actor' ? selection.id : null;
  const selectedRelation = selection?.type === 'relation' ? selection.id : null;
  const { edgeRefs, enterRelations, onEdgeKey } = useEdgeKeyboard(filtered, names, selection, nodeRefs, onSelect);
  // Edges read their handlers through a ref, so a new handler never re-renders a thousand
  // edges. `register` runs while React attaches refs (before effects), so it is set up front.
  const edgeActions = useRef<EdgeActions>({
    select: () => {},
    key: () => {},
    register: (id, el) => {
      if (el) edgeRefs.current.set(id, el);
      else edgeRefs.current.delete(id);
    },
  });
  useEffect(() => {
    edgeActions.current.select = (id) => onSelect({ type: 'relation', id });
    edgeActions.current.key = onEdgeKey;
  }, [onSelect, onEdgeKey]);

  const onNodeKey = (e: KeyboardEvent, id: string) => {
    const dir = ARROWS[e.key];
    // Tab from the selected actor enters its relations; elsewhere Tab works as usual.
    if (enterRelations(e, id)) return;
    if (dir) {
      e.preventDefault();
      const next = nextNode(id, dir, pos, neighbours.get(id) ?? new Set());
      if (next) nodeRefs.current.get(next)?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect({ type: 'actor', id });
    } else if (e.key === 'Escape') {
      onSelect(null);
    }
  };

  // Context = what to emphasise: the hovered node's neighbourhood, else the selection's.
  const context = useMemo(() => {
    const focusId = hover ?? (selection?.type === 'actor' ? selection.id : null);
    if (focusId && neighbours.has(focusId))
      return { nodes: new Set([focusId, ...neighbours.get(focusId)!]), actor: focusId, relation: null };
    if (selection?.type === 'relation') {
      const r = filtered.relations.find((x) => x.id === selection.id);
      if (r) return { nodes: new Set([r.relation.source, r.relation.target]), actor: null, relation: r.id };
    }
    return null;
  }, [hover, selection, neighbours, filtered]);

  return (
    <svg
      ref={svgRef}
      className={`graph-svg${context ? ' has-context' : ''}`}
      data-layout={props.layoutDone ? 'done' : 'running'}
      data-node-count={filtered.actors.length}
      data-edge-count={filtered.relations.length}
      onClick={(e) => {
        if (e.target === svgRef.current) onSelect(null);
      }}
      role="group"
      aria-label={`Graph of ${filtered.actors.length} actors and ${filtered.relations.length} relations`}
    >
      <desc id={`${uid}-keys`}>
        Arrow keys move between actors; Enter selects one. Tab from a selected actor walks its relations with the arrow keys; Enter shows a relation&apos;s evidence; Escape returns to the actor.
      </desc>
      <EdgeMarkers prefix={uid} />
      <g ref={viewportRef}>
        <g className="edges">
          {filtered.relations.map((vr) => {
            const r = vr.relation;
            const s = pos.get(r.source);
            const t = pos.get(r.target);
            const route = routes.get(vr.id);
            if (!s || !t || !route || !edgeDrawn(vr.id)) return null;
            const rs = radius(r.source);
            const d =
              r.source === r.target
                ? `M${s.x + rs * 0.7},${s.y - rs * 0.7}C${s.x + rs + 34},${s.y - rs - 34} ${s.x + rs + 34},${s.y + rs} ${s.x + rs + 3},${s.y + 2}`
                : edgePath(s, t, rs, radius(r.target), route.lane, r.source < r.target);
            const active =
              context &&
              (context.relation === vr.id ||
                (context.actor && (r.source === context.actor || r.target === context.actor)));
            const cls = [
              'edge',
              r.negated ? 'is-negated' : '',
              active ? 'is-active' : '',
              selectedRelation === vr.id ? 'is-selected' : '',
            ].join(' ');
            const src = names.get(r.source) ?? r.source;
            const tgt = names.get(r.target) ?? r.target;
            const phrase = relationPhrase(r.type, r.negated);
            return (
              <GraphEdge
                key={vr.id}
                id={vr.id}
                d={d}
                className={cls}
                family={r.family}
                source={r.source}
                target={r.target}
                color={FAMILY_ENCODING[r.family].color}
                strokeWidth={1.3 + Math.min(3, vr.evidence.length - 1) * 0.6}
                marker={`url(#${markerId(uid, r.family)})`}
                selected={selectedRelation === vr.id}
                src={src}
                phrase={phrase}
                tgt={tgt}
                evidence={vr.evidence}
                sourcesOf={props.sourcesOf}
                title={`${src} ${phrase} ${tgt} (${FAMILY_ENCODING[r.family].label}) · ${vr.evidence.length} evidence`}
                actions={edgeActions}
              />
            );
          })}
        </g>
        <g className="nodes" ref={nodesRef}>
          {filtered.actors.map((a) => {
            const p = pos.get(a.id);
            if (!p) return null;
            const m = metrics.get(a.id);
            const cls = [
              'node',
              context?.nodes.has(a.id) ? 'is-active' : '',
              selectedActor === a.id ? 'is-selected' : '',
              hover === a.id ? 'is-hover' : '',
              pinned[a.id] ? 'is-pinned' : '',
            ].join(' ');
            return (
              <g
                key={a.id}
                ref={(el) => {
                  if (el) nodeRefs.current.set(a.id, el);
                  else nodeRefs.current.delete(a.id);
                }}
                className={cls}
                transform={`translate(${p.x},${p.y})`}
                data-actor-id={a.id}
                tabIndex={0}
                role="button"
                aria-pressed={selectedActor === a.id}
                aria-label={nodeLabel(a, m?.degree ?? 0)}
                aria-describedby={`${uid}-keys`}
                onClick={() => onSelect({ type: 'actor', id: a.id })}
                onDoubleClick={() => onUnpin?.(a.id)}
                onPointerEnter={() => setHover(a.id)}
                onPointerLeave={() => setHover((h) => (h === a.id ? null : h))}
                onKeyDown={(e) => onNodeKey(e, a.id)}
              >
                <NodeGlyph
                  actor={a}
                  radius={m?.radius ?? 8}
                  pinned={!!pinned[a.id]}
                  label={labels.get(a.id) ?? null}
                />
              </g>
            );
          })}
        </g>
      </g>
    </svg>
  );
}
