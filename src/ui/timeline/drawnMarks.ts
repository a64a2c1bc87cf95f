/**
 * Which timeline marks are drawn, where and how: shared by the SVG marks (small corpora,
 * where e2e tests and screen readers see every mark) and the canvas (large corpora, where
 * thousands of SVG elements cost more style, layout and paint than a frame allows).
 */
import { FAMILY_ENCODING } from '../../graph/encodings';
import type { TimelineMark } from '../../graph/timeline';

/** One mark as drawn: its geometry, its state, and whether it is a span (rect) or a dot. */
export interface DrawnMark {
  m: TimelineMark;
  x0: number;
  x1: number;
  cy: number;
  span: boolean;
  selected: boolean;
  dim: boolean;
  outside: boolean;
}

export interface PlacedMarks {
  x0s: Float64Array;
  x1s: Float64Array;
  rowOf: Uint8Array;
  tops: number[];
}

const DAY = 86_400_000;

/** Above this many marks the timeline draws them on a canvas (the axis, lanes and brush stay SVG). */
export const CANVAS_MIN_MARKS = 400;

/**
 * The marks to draw, bottom first. An opaque mark drawn exactly over an identical one hides
 * it and takes its clicks: only the topmost is kept (a big corpus has tens of thousands of
 * marks on a few hundred days). Translucent marks (dimmed, outside the range) are all kept,
 * as they add up visibly.
 */
export function drawnMarks(
  marks: readonly TimelineMark[],
  placed: PlacedMarks,
  laneIndex: ReadonlyMap<string, number>,
  rowH: number,
  selectedRel: string | null,
  range: { start: number; end: number } | null,
): DrawnMark[] {
  const drawn: DrawnMark[] = [];
  // Same start, end, lane, row and state ⇔ same spot and look. Numbers, not strings: this runs
  // over every mark whenever the selection or range changes.
  const covered = new Map<number, Set<number>>();
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i];
    const lane = laneIndex.get(m.family) ?? 0;
    const cy = placed.tops[lane] + placed.rowOf[i] * rowH + rowH / 2;
    const x0 = placed.x0s[i];
    const x1 = placed.x1s[i];
    const selected = selectedRel === m.relationId;
    const dim = !!selectedRel && !selected;
    const outside = !!range && (m.end < range.start || m.start > range.end);
    if (!dim && !outside) {
      const spot = (((Math.round(m.end / DAY) * 64 + lane) * 256 + placed.rowOf[i]) * 2 + (selected ? 1 : 0)) * 2 + (m.negated ? 1 : 0);
      let at = covered.get(m.start);
      if (!at) covered.set(m.start, (at = new Set()));
      if (at.has(spot)) continue;
      at.add(spot);
    }
    drawn.push({ m, x0, x1, cy, span: x1 - x0 > 9 && m.end > m.start, selected, dim, outside });
  }
  return drawn.reverse();
}

/** Class list of an SVG mark (styles.css gives the states their look). */
export function markClass(d: DrawnMark): string {
  return ['mark', d.selected ? 'is-selected' : '', d.dim ? 'is-dim' : '', d.outside ? 'is-outside' : '', d.m.negated ? 'is-negated' : ''].join(' ');
}

/** Paints the marks as the SVG would (same shapes, colours, strokes and opacities as styles.css). */
export function paintMarks(ctx: CanvasRenderingContext2D, drawn: readonly DrawnMark[], hover: DrawnMark | null): void {
  for (const d of drawn) {
    const color = FAMILY_ENCODING[d.m.family].color;
    ctx.globalAlpha = d.dim || d.outside ? 0.3 : 1;
    ctx.fillStyle = d.m.negated ? '#fff' : color;
    ctx.strokeStyle = d.selected || d === hover ? '#111827' : color;
    ctx.lineWidth = d.selected ? 2 : 1.5;
    ctx.beginPath();
    if (d.span) ctx.roundRect(d.x0, d.cy - 2.6, d.x1 - d.x0, 5.2, 2.6);
    else ctx.arc((d.x0 + d.x1) / 2, d.cy, 3.2, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** The topmost drawn mark under a point (within the stroke), or null. */
export function hitMark(drawn: readonly DrawnMark[], x: number, y: number): DrawnMark | null {
  for (let i = drawn.length - 1; i >= 0; i--) {
    const d = drawn[i];
    if (d.span) {
      if (x >= d.x0 - 1 && x <= d.x1 + 1 && Math.abs(y - d.cy) <= 3.4) return d;
    } else {
      const dx = x - (d.x0 + d.x1) / 2;
      const dy = y - d.cy;
      if (dx * dx + dy * dy <= 4.2 * 4.2) return d;
    }
  }
  return null;
}

/** "Backs evidence, 3 Mar 2024 – 5 Mar 2024": a mark's tooltip. */
export function markTitle(m: TimelineMark, label: string, fmt: (ms: number) => string): string {
  return `${label} evidence, ${fmt(m.start)}${m.end > m.start ? ` – ${fmt(m.end)}` : ''}`;
}
