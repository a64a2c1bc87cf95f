/**
 * Full validation of untrusted ActorGraph JSON with the zod contract. Its own module so
 * the zod schema is loaded only when a graph needs it, not on the seed corpus's first paint.
 */
import { ActorGraph } from '../extract/schema';

/** Validates unknown JSON as an ActorGraph, with a readable message listing the first problems. */
export function parseActorGraph(json: unknown, origin: string): ActorGraph {
  const r = ActorGraph.safeParse(json);
  if (r.success) return r.data;
  const issues = r.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  throw new Error(`${origin} is not a valid Parley actor graph (${issues}).`);
}
