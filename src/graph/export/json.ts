/** ActorGraph JSON export: the contract format itself, so Parley (and other tools) can reload it. */
import type { ActorGraph } from '../../extract/schema';

/** Pretty-printed ActorGraph JSON text. */
export function toActorGraphJson(g: ActorGraph): string {
  return JSON.stringify(g, null, 2) + '\n';
}
