/**
 * Runs the deterministic force layout off the critical path: ticks are spent in small
 * time-sliced chunks, each its own task (well under 50 ms even on a slow machine), so a
 * large graph never freezes the page, and the result is identical to a synchronous run.
 */
import { startTransition, useEffect, useState } from 'react';
import { createLayout, type LayoutLink, type LayoutNode, type Positions } from '../../graph/layout';

/**
 * Budget per chunk. Chunks run as their own macrotasks (not inside animation frames,
 * whose task also pays for style, layout and paint), so the page can paint between them.
 */
const CHUNK_BUDGET_MS = 8;

/** Up to this many nodes + links, new positions are drawn in one urgent render (see below). */
const URGENT_DRAW_LIMIT = 400;

/** Schedules `fn` as a new task soon, without setTimeout's 4 ms clamp on nested calls. */
function nextTask(fn: () => void): () => void {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => fn();
  ch.port2.postMessage(null);
  return () => {
    ch.port1.onmessage = null;
  };
}

/**
 * Positions for the nodes. While a new layout runs, the previous positions are returned
 * with `done: false` (nodes they lack are simply not drawn yet), so filtering never blanks the graph.
 */
export function useLayout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
): { positions: Positions | null; done: boolean; key: string } {
  const key = nodes.map((n) => `${n.id}:${n.radius.toFixed(1)}`).join('|') + '#' + links.map((l) => `${l.source}>${l.target}`).join('|');
  const [state, setState] = useState<{ key: string; positions: Positions } | null>(null);

  useEffect(() => {
    const run = createLayout(nodes, links);
    const started = performance.now();
    let cancel = () => {};
    let cancelled = false;
    let chunks = 0;
    let busy = 0;
    const work = () => {
      if (cancelled) return;
      const t0 = performance.now();
      // Ticks are counted, not timed, so chunking never changes the result.
      while (!run.done && performance.now() - t0 < CHUNK_BUDGET_MS) run.step(2);
      chunks++;
      busy += performance.now() - t0;
      if (run.done) {
        // For `npm run bench:load`: how long the layout took, and how much of it was work.
        performance.measure('parley:layout', { start: started, detail: { chunks, busyMs: Math.round(busy) } });
        const next = { key, positions: run.positions() };
        // A small graph's first drawing is a short task: render it at once (a transition
        // yields to every other task and, on a busy machine, delayed the graph by ~100 ms).
        // A large one goes through a transition, which React slices into short tasks.
        if (nodes.length + links.length <= URGENT_DRAW_LIMIT) setState(next);
        else startTransition(() => setState(next));
      } else cancel = nextTask(work);
    };
    // Never tick inside the effect itself: it runs in the task that committed the graph.
    cancel = nextTask(work);
    return () => {
      cancelled = true;
      cancel();
    };
    // `key` captures nodes and links by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { positions: state?.positions ?? null, done: state?.key === key, key };
}
