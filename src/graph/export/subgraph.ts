/**
 * Cuts the part of an ActorGraph a reader is looking at out of the whole, so exports carry
 * exactly the visible view yet stay valid `parley/actor-graph@1` documents other tools can load.
 */
import type { Actor, ActorGraph, Relation } from '../../extract/schema';

export interface VisiblePart {
  /** Relations drawn (their evidence lists may already be narrowed, e.g. by a time range). */
  relations: readonly Relation[];
  /** Actors drawn; the endpoints of every visible relation are always kept. */
  actors?: Iterable<string>;
}

/**
 * Returns a schema-valid ActorGraph holding only the visible relations, their endpoints
 * (plus any extra visible actors) and the documents their evidence cites. References that
 * would dangle are cut: an affiliation to an actor not in view becomes null, mentions and
 * corroboration links to documents not in view are dropped.
 */
export function viewSubgraph(graph: ActorGraph, part: VisiblePart): ActorGraph {
  const actorIds = new Set<string>(part.actors ?? []);
  const relations = part.relations.filter((r) => r.evidence.length > 0);
  for (const r of relations) actorIds.add(r.source).add(r.target);

  const docIds = new Set<string>();
  for (const r of relations) for (const e of r.evidence) docIds.add(e.doc);
  const allDocs = new Map(graph.documents.map((d) => [d.id, d]));
  // A republished copy's original stays, so `duplicateOf` keeps pointing somewhere.
  for (const id of [...docIds]) {
    const orig = allDocs.get(id)?.duplicateOf;
    if (orig && allDocs.has(orig)) docIds.add(orig);
  }

  const actors: Actor[] = graph.actors
    .filter((a) => actorIds.has(a.id))
    .map((a) => ({
      ...a,
      affiliation: a.affiliation && actorIds.has(a.affiliation) ? a.affiliation : null,
      mentions: a.mentions.filter((m) => docIds.has(m.doc)),
    }));
  const kept = new Set(actors.map((a) => a.id));

  return {
    schema: graph.schema,
    corpus: { ...graph.corpus },
    documents: graph.documents.filter((d) => docIds.has(d.id)),
    actors,
    relations: relations
      .filter((r) => kept.has(r.source) && kept.has(r.target))
      .map((r) => ({
        ...r,
        evidence: r.evidence
          .filter((e) => docIds.has(e.doc))
          .map((e) =>
            e.corroboratedBy ? { ...e, corroboratedBy: e.corroboratedBy.filter((d) => docIds.has(d)) } : e,
          ),
      })),
  };
}
