/**
 * Neighbourhood of an actor N steps out, ignoring edge direction — "who is within two
 * hops of Russia" reads the same whichever way the verbs point.
 */

/** Breadth-first set of node ids within `depth` undirected steps of `start` (start included). */
export function neighbourhood(
  start: string,
  edges: ReadonlyArray<readonly [string, string]>,
  depth: number,
): Set<string> {
  const adj = new Map<string, string[]>();
  for (const [a, b] of edges) {
    if (!adj.has(a)) adj.set(a, []);
    if (!adj.has(b)) adj.set(b, []);
    adj.get(a)!.push(b);
    adj.get(b)!.push(a);
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < Math.max(0, depth) && frontier.length; step++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const n of adj.get(id) ?? [])
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
    frontier = next;
  }
  return seen;
}
