/**
 * The "Timeline" region: one mark per dated piece of evidence on the chosen clock (a
 * span when the date is a month or year), a lane per family, an "Undated" count beside
 * it, and a d3 brush that sets the time range filtering the graph.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { axisBottom, brushX, scaleUtc, select, type BrushBehavior } from 'd3';
import type { ActorGraph } from '../../extract/schema';
import { FAMILY_ENCODING } from '../../graph/encodings';
import { formatDayRange, formatIso, rangeInterval, toIsoDay } from '../../graph/time';
import { selectTimeline } from '../../state/selectors';
import { packRows } from '../../graph/timeline';
import { useViewStore } from '../../state/store';
import { useExplorer } from '../useExplorer';
import { ClockSwitch } from './ClockSwitch';

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
export function Timeline({ graph, editable = true }: TimelineProps) {
  const { untimed } = useExplorer(graph);
  const clock = useViewStore((s) => s.clock);
  const timeRange = useViewStore((s) => s.timeRange);
  const selection = useViewStore((s) => s.selection);
  const select_ = useViewStore((s) => s.select);
  const setTimeRange = useViewStore((s) => s.setTimeRange);
  const data = useMemo(() => selectTimeline(graph, untimed, clock), [graph, untimed, clock]);

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

  // An opaque mark drawn exactly over an identical one hides it and takes its clicks: draw
  // only the topmost (a big corpus has tens of thousands of marks on a few hundred days).
  // Translucent marks (dimmed, outside the range) are all drawn, as they add up visibly.
  const drawn: { m: (typeof data.marks)[number]; x0: number; x1: number; cy: number; cls: string }[] = [];
  const covered = new Set<string>();
  for (let i = data.marks.length - 1; i >= 0; i--) {
    const m = data.marks[i];
    const cy = placed.tops[lanes.indexOf(m.family)] + placed.rowOf[i] * ROW_H + ROW_H / 2;
    const [x0, x1] = [placed.x0s[i], placed.x1s[i]];
    const isSel = selectedRel === m.relationId;
    const dim = !!selectedRel && !isSel;
    const outside = !!rangeIv && (m.end < rangeIv.start || m.start > rangeIv.end);
    if (!dim && !outside) {
      const spot = `${x0}|${x1}|${cy}|${m.family}|${isSel}|${m.negated}`;
      if (covered.has(spot)) continue;
      covered.add(spot);
    }
    const cls = ['mark', isSel ? 'is-selected' : '', dim ? 'is-dim' : '', outside ? 'is-outside' : '', m.negated ? 'is-negated' : ''].join(' ');
    drawn.push({ m, x0, x1, cy, cls });
  }
  drawn.reverse();

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
        <div className="timeline-plot" ref={wrapRef}>
          {nMarks === 0 && <p className="timeline-empty muted">No dated evidence on this clock.</p>}
          <svg width={width} height={height} className="timeline-svg" data-mark-count={nMarks} data-plot-height={plotH}>
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
            <g className="timeline-marks">
              {drawn.map(({ m, x0, x1, cy, cls }) => {
                const color = FAMILY_ENCODING[m.family].color;
                const onClick = () => select_({ type: 'relation', id: m.relationId, evidence: m.evidenceIndex });
                const label = `${FAMILY_ENCODING[m.family].label} evidence, ${formatIso(toIsoDay(m.start))}${m.end > m.start ? ` – ${formatIso(toIsoDay(m.end))}` : ''}`;
                return x1 - x0 > 9 && m.end > m.start ? (
                  <rect key={m.key} className={cls} data-relation-id={m.relationId} x={x0} y={cy - 2.6} width={x1 - x0} height={5.2} rx={2.6} fill={m.negated ? '#fff' : color} stroke={color} onClick={onClick}>
                    <title>{label}</title>
                  </rect>
                ) : (
                  <circle key={m.key} className={cls} data-relation-id={m.relationId} cx={(x0 + x1) / 2} cy={cy} r={3.2} fill={m.negated ? '#fff' : color} stroke={color} onClick={onClick}>
                    <title>{label}</title>
                  </circle>
                );
              })}
            </g>
          </svg>
        </div>
        <div className="timeline-undated" role="group" aria-label="Undated evidence">
          <span className="undated-count">{data.undated.length}</span>
          <span className="undated-label">Undated</span>
          <span className="undated-note muted">{timeRange && data.undated.length ? 'hidden while a range is set' : 'not on the axis'}</span>
        </div>
      </div>
    </section>
  );
}
