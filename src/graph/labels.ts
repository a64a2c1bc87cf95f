/**
 * Collision-aware label placement: labels are placed greedily by importance (degree,
 * then evidence) below their node; a label that would overlap an already placed label
 * or another node is hidden (it still shows on hover, focus or selection).
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

/**
 * Ids of nodes whose labels can be shown without overlap at zoom scale `k`
 * (labels keep a constant screen size, so in graph units they shrink as k grows).
 */
export function visibleLabels(items: readonly LabelInput[], pos: Positions, k: number, fontPx = 12): Set<string> {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const nodes = items
    .map((it) => ({ it, p: pos.get(it.id) }))
    .filter((n): n is { it: LabelInput; p: { x: number; y: number } } => !!n.p);
  const shown = new Set<string>();
  const ordered = [...nodes].sort((a, b) => b.it.priority - a.it.priority || (a.it.id < b.it.id ? -1 : 1));
  const h = (fontPx * 1.25) / k;
  for (const { it, p } of ordered) {
    const w = estimateTextWidth(it.text, fontPx) / k;
    const top = p.y + it.radius + 3 / k;
    const box = { x0: p.x - w / 2, y0: top, x1: p.x + w / 2, y1: top + h };
    const hitsLabel = placed.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1);
    const hitsNode = nodes.some(
      (n) =>
        n.it.id !== it.id &&
        n.p.x + n.it.radius > box.x0 &&
        n.p.x - n.it.radius < box.x1 &&
        n.p.y + n.it.radius > box.y0 &&
        n.p.y - n.it.radius < box.y1,
    );
    if (hitsLabel || hitsNode) continue;
    placed.push(box);
    shown.add(it.id);
  }
  return shown;
}
