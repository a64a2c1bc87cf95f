/**
 * The ActorGraph as a graphology multigraph: one node per actor, one directed edge per
 * relation (keyed by relation id, so parallel relations between two actors stay apart).
 * Attributes are flat scalars because GEXF and GraphML can only carry those.
 */
import { MultiDirectedGraph } from 'graphology';
import type { ActorGraph } from '../../extract/schema';

export interface NodeAttrs {
  label: string;
  kind: string;
  roles: string;
  aliases: string;
  affiliation: string;
  mentions: number;
  [k: string]: unknown;
}
export interface EdgeAttrs {
  label: string;
  type: string;
  family: string;
  negated: boolean;
  evidence: number;
  documents: string;
  firstDate: string;
  lastDate: string;
  [k: string]: unknown;
}

/** Builds a graphology MultiDirectedGraph from an ActorGraph (pinned layout positions optional). */
export function toGraphology(
  g: ActorGraph,
  positions?: Record<string, [number, number]>,
): MultiDirectedGraph<NodeAttrs, EdgeAttrs> {
  const out = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  out.setAttribute('title', g.corpus.title ?? g.corpus.id);
  for (const a of g.actors) {
    const p = positions?.[a.id];
    out.addNode(a.id, {
      label: a.name,
      kind: a.kind,
      roles: a.roles.join(';'),
      aliases: a.aliases.join(';'),
      affiliation: a.affiliation ?? '',
      mentions: a.mentions.length,
      ...(p ? { x: p[0], y: p[1] } : {}),
    });
  }
  for (const r of g.relations) {
    const dates = r.evidence.flatMap((e) => (e.date ? [e.date.start, e.date.end] : [])).sort();
    out.addDirectedEdgeWithKey(r.id, r.source, r.target, {
      label: r.type,
      type: r.type,
      family: r.family,
      negated: r.negated,
      evidence: r.evidence.length,
      documents: [...new Set(r.evidence.map((e) => e.doc))].join(';'),
      firstDate: dates[0] ?? '',
      lastDate: dates[dates.length - 1] ?? '',
    });
  }
  return out;
}
