/**
 * Brings a big graph's edges onto the page a batch per frame. Inserting over a thousand SVG
 * edges at once costs one frame of style, layout and paint well over 50 ms; a few hundred a
 * frame keeps every frame short, and a small graph (one batch) still appears in one go.
 * Edges already on the page stay drawn when the graph changes: only new ones wait.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';

/** New edges drawn per frame. */
export const EDGE_BATCH = 250;

/**
 * Which of `ids` to draw now: those already drawn, plus the first `EDGE_BATCH` new ones.
 * While `ready` (positions are known), schedules the next batch for the next frame.
 */
export function useEdgeBatches(ids: readonly string[], ready: boolean): (id: string) => boolean {
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set());
  const allowed = useMemo(() => {
    const out = new Set<string>();
    let fresh = 0;
    for (const id of ids) if (shown.has(id) || fresh++ < EDGE_BATCH) out.add(id);
    return out;
  }, [ids, shown]);

  useEffect(() => {
    if (!ready || (allowed.size === shown.size && ids.every((id) => shown.has(id)))) return;
    // What this frame drew is remembered; the next batch becomes "new" on the next render.
    const raf = requestAnimationFrame(() => startTransition(() => setShown(allowed)));
    return () => cancelAnimationFrame(raf);
  }, [ready, ids, allowed, shown]);

  return (id) => allowed.has(id);
}
