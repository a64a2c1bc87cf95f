/**
 * Collision-aware label placement: labels are placed greedily by importance (degree,
 * then evidence) beside their node; a label that would overlap an already placed label
 * or a node in every position is hidden (it still shows on hover, focus or selection).
 */
import type { Positions } from './layout';

export interface LabelInput {
  id: string;
  text: string;
  radius: number;
  priority: number;
}

/** Rough text width for the UI font; exact metrics are not worth a DOM round-trip. */
export function estimateTextWidth(text: string, fontPx: number): number {
  return text.length * fontPx * 0.56;
}

export type LabelPlacement = 'below' | 'above' | 'right' | 'left';

const PLACEMENTS: LabelPlacement[] = ['below', 'above', 'right', 'left'];

/** The label's box in graph units for a placement around node p of radius r. */
function labelBox(p: { x: number; y: number }, r: number, w: number, h: number, gap: number, where: LabelPlacement) {
  switch (where) {
    case 'below':
      return { x0: p.x - w / 2, y0: p.y + r + gap, x1: p.x + w / 2, y1: p.y + r + gap + h };
    case 'above':
      return { x0: p.x - w / 2, y0: p.y - r - gap - h, x1: p.x + w / 2, y1: p.y - r - gap };
    case 'right':
      return { x0: p.x + r + gap, y0: p.y - h / 2, x1: p.x + r + gap + w, y1: p.y + h / 2 };
    case 'left':
      return { x0: p.x - r - gap - w, y0: p.y - h / 2, x1: p.x - r - gap, y1: p.y + h / 2 };
  }
}

/**
 * Where each node's label can go without overlap at zoom scale `k` (labels keep a
 * constant screen size, so in graph units they shrink as k grows). Tries below, above,
 * right, left; nodes missing from the result have their label hidden.
 */
export function placeLabels(items: readonly LabelInput[], pos: Positions, k: number, fontPx = 12): Map<string, LabelPlacement> {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const nodes = items
    .map((it) => ({ it, p: pos.get(it.id) }))
    .filter((n): n is { it: LabelInput; p: { x: number; y: number } } => !!n.p);
  const out = new Map<string, LabelPlacement>();
  const ordered = [...nodes].sort((a, b) => b.it.priority - a.it.priority || (a.it.id < b.it.id ? -1 : 1));
  const h = (fontPx * 1.25) / k;
  for (const { it, p } of ordered) {
    const w = estimateTextWidth(it.text, fontPx) / k;
    for (const where of PLACEMENTS) {
      const box = labelBox(p, it.radius, w, h, 3 / k, where);
      const hitsLabel = placed.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1);
      if (hitsLabel) continue;
      const hitsNode = nodes.some(
        (n) =>
          n.p.x + n.it.radius > box.x0 &&
          n.p.x - n.it.radius < box.x1 &&
          n.p.y + n.it.radius > box.y0 &&
          n.p.y - n.it.radius < box.y1,
      );
      if (hitsNode) continue;
      placed.push(box);
      out.set(it.id, where);
      break;
    }
  }
  return out;
}

/** Ids of nodes whose labels can be shown without overlap (see placeLabels). */
export function visibleLabels(items: readonly LabelInput[], pos: Positions, k: number, fontPx = 12): Set<string> {
  return new Set(placeLabels(items, pos, k, fontPx).keys());
}
