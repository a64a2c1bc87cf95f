/**
 * Lookup tables over one ActorGraph, built once per loaded graph so every derivation
 * can find an actor, document or sentence in O(1).
 */
import type { Actor, ActorGraph, GraphDocument, Relation, Sentence } from '../extract/schema';

export interface GraphIndex {
  graph: ActorGraph;
  actorById: Map<string, Actor>;
  docById: Map<string, GraphDocument>;
  sentenceById: Map<string, Sentence>;
  relationById: Map<string, Relation>;
}

const cache = new WeakMap<ActorGraph, GraphIndex>();

/** Builds (or returns the cached) index for a graph. */
export function indexGraph(graph: ActorGraph): GraphIndex {
  const hit = cache.get(graph);
  if (hit) return hit;
  const sentenceById = new Map<string, Sentence>();
  for (const d of graph.documents) for (const s of d.sentences) sentenceById.set(s.id, s);
  const index: GraphIndex = {
    graph,
    actorById: new Map(graph.actors.map((a) => [a.id, a])),
    docById: new Map(graph.documents.map((d) => [d.id, d])),
    sentenceById,
    relationById: new Map(graph.relations.map((r) => [r.id, r])),
  };
  cache.set(graph, index);
  return index;
}

/** Lower-cased, accent-free form used to match search text against names and aliases. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .trim();
}

/** True when the actor's name or any alias contains the query (case/accents ignored). */
export function actorMatches(actor: Actor, query: string): boolean {
  const q = normalizeForSearch(query);
  if (!q) return true;
  return [actor.name, ...actor.aliases].some((n) => normalizeForSearch(n).includes(q));
}
