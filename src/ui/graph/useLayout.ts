/**
 * Runs the deterministic force layout off the critical path: ticks are spent in small
 * chunks per animation frame (each well under 50 ms), so a large graph never freezes
 * the page, and the result is identical to a synchronous run.
 */
import { startTransition, useEffect, useState } from 'react';
import { createLayout, type LayoutLink, type LayoutNode, type Positions } from '../../graph/layout';

const FRAME_BUDGET_MS = 12;

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
    let frame = 0;
    let cancelled = false;
    const work = () => {
      const t0 = performance.now();
      // Ticks are counted, not timed, so chunking never changes the result.
      while (!run.done && performance.now() - t0 < FRAME_BUDGET_MS) run.step(5);
      if (cancelled) return;
      // A transition lets React slice the re-render with new positions into short tasks.
      if (run.done) startTransition(() => setState({ key, positions: run.positions() }));
      else frame = requestAnimationFrame(work);
    };
    work();
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
    // `key` captures nodes and links by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { positions: state?.positions ?? null, done: state?.key === key, key };
}
