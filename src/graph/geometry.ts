/**
 * Edge geometry in graph coordinates: a quadratic curve per relation lane, trimmed so it
 * starts at the source's rim and ends (with room for the arrowhead) at the target's rim.
 * Pure maths, shared by the SVG renderer and any future canvas renderer.
 */
export interface Point {
  x: number;
  y: number;
}

export const LANE_SPACING = 18;

/** Control point of the curve for a lane (canonical direction = lower id → higher id). */
export function controlPoint(s: Point, t: Point, lane: number, sourceIsCanonical: boolean): Point {
  const mx = (s.x + t.x) / 2;
  const my = (s.y + t.y) / 2;
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy) || 1;
  // Normal of the canonical direction, so both directions of a pair share one frame.
  const sign = sourceIsCanonical ? 1 : -1;
  const nx = (-dy / len) * sign;
  const ny = (dx / len) * sign;
  const off = lane * LANE_SPACING * 1.6;
  return { x: mx + nx * off, y: my + ny * off };
}

/** SVG path `d` for an edge from s to t, trimmed by the node radii (plus arrow gap at t). */
export function edgePath(
  s: Point,
  t: Point,
  rs: number,
  rt: number,
  lane: number,
  sourceIsCanonical: boolean,
  arrowGap = 4,
): string {
  const c = controlPoint(s, t, lane, sourceIsCanonical);
  const a = towards(s, lane ? c : t, rs + 1);
  const b = towards(t, lane ? c : s, rt + arrowGap);
  if (!lane) return `M${r2(a.x)},${r2(a.y)}L${r2(b.x)},${r2(b.y)}`;
  return `M${r2(a.x)},${r2(a.y)}Q${r2(c.x)},${r2(c.y)} ${r2(b.x)},${r2(b.y)}`;
}

/** Midpoint of the drawn curve, for hit targets and labels. */
export function edgeMidpoint(s: Point, t: Point, lane: number, sourceIsCanonical: boolean): Point {
  const c = controlPoint(s, t, lane, sourceIsCanonical);
  return { x: 0.25 * s.x + 0.5 * c.x + 0.25 * t.x, y: 0.25 * s.y + 0.5 * c.y + 0.25 * t.y };
}

function towards(from: Point, to: Point, dist: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / len) * dist, y: from.y + (dy / len) * dist };
}

function r2(v: number): number {
  return Math.round(v * 100) / 100;
}
