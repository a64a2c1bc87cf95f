/**
 * The "Timeline" region: one mark per dated piece of evidence on the chosen clock (a
 * span when the date is a month or year), a lane per family, an "Undated" count beside
 * it, and a d3 brush that sets the time range filtering the graph.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { axisBottom, brushX, scaleUtc, select, type BrushBehavior } from 'd3';
import type { ActorGraph } from '../../extract/schema';
import { FAMILY_ENCODING } from '../../graph/encodings';
import { formatDayRange, formatIso, rangeInterval, toIsoDay } from '../../graph/time';
import { selectTimeline } from '../../state/selectors';
import { packRows, type TimelineData } from '../../graph/timeline';
import { useViewStore } from '../../state/store';
import { useDeferredExplorer } from '../graph/useDeferredExplorer';
import { ClockSwitch } from './ClockSwitch';
import { CANVAS_MIN_MARKS, drawnMarks, markClass, markTitle, type DrawnMark } from './drawnMarks';
import { useMarksCanvas } from './useMarksCanvas';

const DAY = 86_400_000;
const ROW_H = 7;
const MAX_ROWS = 3;
const AXIS_H = 22;
const PAD_X = 14;

export interface TimelineProps {
  graph: ActorGraph;
  /** Allow brushing and clock switching (default true; the embed shows it read-only). */
  editable?: boolean;
}

/** Timeline with brush, clock switch and undated lane. */
export function Timeline({ graph: liveGraph, editable = true }: TimelineProps) {
  // Marks follow the deferred view (see useDeferredExplorer); the range shown is live.
  const { graph, untimed, filterInput } = useDeferredExplorer(liveGraph);
  const clock = filterInput.clock;
  const timeRange = useViewStore((s) => s.timeRange);
  const setTimeRange = useViewStore((s) => s.setTimeRange);
  const data = useMemo(() => selectTimeline(graph, untimed, clock), [graph, untimed, clock]);
  const nMarks = data.marks.length;
  const rangeIv = timeRange ? rangeInterval(timeRange) : null;

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-head">
        <h2 className="panel-title">Timeline</h2>
        <ClockSwitch disabled={!editable} />
        <span className="timeline-range" aria-live="polite">
          {rangeIv ? formatDayRange(rangeIv.start, rangeIv.end) : nMarks ? 'All dates · drag to filter' : ''}
        </span>
        {editable && timeRange && (
          <button type="button" className="btn btn-small" onClick={() => setTimeRange(null)}>
            Clear range
          </button>
        )}
      </div>
      <div className="timeline-body">
        <TimelinePlot data={data} editable={editable} />
        <div className="timeline-undated" role="group" aria-label="Undated evidence">
          <span className="undated-count">{data.undated.length}</span>
          <span className="undated-label">Undated</span>
          <span className="undated-note muted">{timeRange && data.undated.length ? 'hidden while a range is set' : 'not on the axis'}</span>
        </div>
      </div>
    </section>
  );
}

/**
 * Lanes, marks, axis and brush. A component of its own (memoised on the marks) so React can
 * yield between computing the marks and placing and drawing them: on a big corpus each
 * half is tens of milliseconds, too long for one task.
 */
const TimelinePlot = memo(function TimelinePlot({ data, editable }: { data: TimelineData; editable: boolean }) {
  const timeRange = useViewStore((s) => s.timeRange);
  const selection = useViewStore((s) => s.selection);
  const select_ = useViewStore((s) => s.select);
  const setTimeRange = useViewStore((s) => s.setTimeRange);
  const wrapRef = useRef<HTMLDivElement>(null);
  const axisRef = useRef<SVGGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const brushBehaviour = useRef<BrushBehavior<unknown> | null>(null);
  const [width, setWidth] = useState(600);
  useEffect(() => {
    const el = wrapRef.current!;
    const ro = new ResizeObserver(() => setWidth(Math.max(200, el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const lanes = data.lanes;

  const d0 = data.domain?.start ?? Date.UTC(2000, 0, 1);
  const d1 = data.domain?.end ?? Date.UTC(2000, 0, 2);
  const x = useMemo(() => {
    const d = { start: d0, end: d1 };
    const span = d.end + DAY - d.start;
    const pad = Math.max(span * 0.04, 2 * DAY);
    return scaleUtc()
      .domain([new Date(d.start - pad), new Date(d.end + DAY + pad)])
      .range([PAD_X, width - PAD_X]);
  }, [d0, d1, width]);

  // Marks sharing dates are stacked in rows within their family lane, so each stays clickable.
  // Positions are computed once per graph and width, in arrays by mark index: a big corpus has
  // tens of thousands of marks, and selecting or brushing must not redo this.
  const placed = useMemo(() => {
    const n = data.marks.length;
    const x0s = new Float64Array(n);
    const x1s = new Float64Array(n);
    const rowOf = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      x0s[i] = x(data.marks[i].start);
      x1s[i] = x(data.marks[i].end + DAY);
    }
    const laneRows = lanes.map((f) => {
      const idx: number[] = [];
      for (let i = 0; i < n; i++) if (data.marks[i].family === f) idx.push(i);
      const spans = idx.map((i) => {
        const [x0, x1, m] = [x0s[i], x1s[i], data.marks[i]];
        const c = (x0 + x1) / 2;
        return x1 - x0 > 9 && m.end > m.start ? ([x0, x1] as const) : ([c - 3.5, c + 3.5] as const);
      });
      let rows = 1;
      packRows(spans, 1, MAX_ROWS).forEach((r, k) => {
        rowOf[idx[k]] = r;
        rows = Math.max(rows, r + 1);
      });
      return rows;
    });
    const tops: number[] = [];
    let y = 4;
    for (const k of laneRows) {
      tops.push(y);
      y += k * ROW_H + 3;
    }
    return { x0s, x1s, rowOf, tops, laneRows, bottom: Math.max(y, 4 + ROW_H + 4) };
  }, [lanes, data.marks, x]);
  const plotH = placed.bottom + 2;
  const height = plotH + AXIS_H;

  // The axis is drawn by d3 into its own group.
  useEffect(() => {
    select(axisRef.current!).call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor(width / 110)))
        .tickSizeOuter(0),
    );
  }, [x, width]);

  // The brush owns its group; store → brush sync is guarded so programmatic moves don't loop.
  useEffect(() => {
    if (!editable) return;
    const g = select(brushRef.current!);
    const b = brushX<unknown>()
      .extent([
        [PAD_X, 2],
        [width - PAD_X, plotH],
      ])
      .on('end', (e) => {
        if (!e.sourceEvent) return;
        if (!e.selection) return setTimeRange(null);
        const [a, z] = e.selection as [number, number];
        const from = toIsoDay(Math.floor(x.invert(a).getTime() / DAY) * DAY);
        const to = toIsoDay(Math.floor((x.invert(z).getTime() - 1) / DAY) * DAY);
        setTimeRange([from, to < from ? from : to]);
      });
    g.call(b);
    brushBehaviour.current = b;
    return () => {
      g.on('.brush', null);
    };
  }, [editable, width, plotH, x, setTimeRange]);

  useEffect(() => {
    const b = brushBehaviour.current;
    if (!b || !brushRef.current) return;
    const iv = timeRange ? rangeInterval(timeRange) : null;
    select(brushRef.current).call(b.move, iv ? [x(new Date(iv.start)), x(new Date(iv.end + DAY))] : null);
  }, [timeRange, x, width]);

  const selectedRel = selection?.type === 'relation' ? selection.id : null;
  const nMarks = data.marks.length;
  const rangeIv = timeRange ? rangeInterval(timeRange) : null;
  const [r0, r1] = rangeIv ? [rangeIv.start, rangeIv.end] : [NaN, NaN];
  const laneIndex = useMemo(() => new Map<string, number>(lanes.map((f, i) => [f, i])), [lanes]);
  const drawn = useMemo(
    () => drawnMarks(data.marks, placed, laneIndex, ROW_H, selectedRel, Number.isNaN(r0) ? null : { start: r0, end: r1 }),
    [data.marks, placed, laneIndex, selectedRel, r0, r1],
  );

  // Thousands of SVG marks cost more style, layout and paint than a frame allows: a large
  // corpus's marks go on a canvas over the SVG, which keeps lanes, axis and brush.
  const onCanvas = nMarks > CANVAS_MIN_MARKS;
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const title = useCallback((d: DrawnMark) => markTitle(d.m, FAMILY_ENCODING[d.m.family].label, (ms) => formatIso(toIsoDay(ms))), []);
  const pick = useCallback(
    (d: DrawnMark) => select_({ type: 'relation', id: d.m.relationId, evidence: d.m.evidenceIndex }),
    [select_],
  );
  useMarksCanvas(onCanvas, canvasRef, svgRef, drawn, width, height, title, pick);

  return (
    <div className="timeline-plot" ref={wrapRef}>
      {nMarks === 0 && <p className="timeline-empty muted">No dated evidence on this clock.</p>}
      <svg ref={svgRef} width={width} height={height} className="timeline-svg" data-mark-count={nMarks} data-plot-height={plotH} data-renderer={onCanvas ? 'canvas' : 'svg'}>
        {onCanvas && <title className="timeline-tip" />}
        <g className="timeline-lanes">
          {lanes.map((f, i) => (
            <g key={f} transform={`translate(0,${placed.tops[i]})`}>
              <rect x={PAD_X} width={Math.max(0, width - 2 * PAD_X)} height={placed.laneRows[i] * ROW_H} className="lane-bg" />
              <title>{FAMILY_ENCODING[f].label}</title>
            </g>
          ))}
        </g>
        <g ref={axisRef} className="timeline-axis" transform={`translate(0,${plotH + 2})`} />
        <g ref={brushRef} className="timeline-brush" />
        {!onCanvas && (
          <g className="timeline-marks">
            {drawn.map((d) => {
              const { m, x0, x1, cy } = d;
              const color = FAMILY_ENCODING[m.family].color;
              const onClick = () => pick(d);
              const label = title(d);
              return d.span ? (
                <rect key={m.key} className={markClass(d)} data-relation-id={m.relationId} x={x0} y={cy - 2.6} width={x1 - x0} height={5.2} rx={2.6} fill={m.negated ? '#fff' : color} stroke={color} onClick={onClick}>
                  <title>{label}</title>
                </rect>
              ) : (
                <circle key={m.key} className={markClass(d)} data-relation-id={m.relationId} cx={(x0 + x1) / 2} cy={cy} r={3.2} fill={m.negated ? '#fff' : color} stroke={color} onClick={onClick}>
                  <title>{label}</title>
                </circle>
              );
            })}
          </g>
        )}
      </svg>
      {onCanvas && (
        <canvas
          ref={canvasRef}
          className="timeline-canvas"
          style={{ position: 'absolute', left: 0, top: 0, width, height, pointerEvents: 'none' }}
          role="img"
          aria-label={`${nMarks} dated pieces of evidence${selectedRel ? '; the selected relation\'s are highlighted' : ''}`}
        />
      )}
    </div>
  );
});
