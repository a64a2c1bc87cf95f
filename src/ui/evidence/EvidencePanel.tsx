/**
 * The "Evidence" region: the selected actor or relation, or — with nothing selected —
 * a corpus overview listing the best-attested relations, so any sentence is two clicks away.
 */
import type { ActorGraph } from '../../extract/schema';
import { FAMILY_ENCODING } from '../../graph/encodings';
import { useViewStore } from '../../state/store';
import { useExplorer } from '../useExplorer';
import { ActorDetails } from './ActorDetails';
import { RelationDetails } from './RelationDetails';
import { relationPhrase } from '../../graph/phrase';

export interface EvidencePanelProps {
  graph: ActorGraph;
  /** Show focus controls (default true; off in the embed). */
  editable?: boolean;
}

/** Side panel with the selection's details. */
export function EvidencePanel({ graph, editable = true }: EvidencePanelProps) {
  const { index, filtered } = useExplorer(graph);
  const selection = useViewStore((s) => s.selection);
  const select = useViewStore((s) => s.select);

  let body;
  if (selection?.type === 'actor' && index.actorById.has(selection.id)) {
    body = <ActorDetails index={index} actor={index.actorById.get(selection.id)!} filtered={filtered} editable={editable} />;
  } else if (selection?.type === 'relation' && index.relationById.has(selection.id)) {
    const rel = index.relationById.get(selection.id)!;
    body = (
      <RelationDetails
        key={rel.id}
        index={index}
        relation={rel}
        visible={filtered.relations.find((r) => r.id === rel.id) ?? null}
        citedEvidence={selection.evidence}
      />
    );
  } else {
    const top = [...filtered.relations].sort((a, b) => b.evidence.length - a.evidence.length || (a.id < b.id ? -1 : 1)).slice(0, 12);
    const name = (id: string) => index.actorById.get(id)?.name ?? id;
    body = (
      <div className="details">
        <p className="eyebrow">Overview</p>
        <p className="lede">
          {filtered.actors.length} actors and {filtered.relations.length} relations from {graph.documents.length} article
          {graph.documents.length === 1 ? '' : 's'}. Select a node, an edge or a relation below to read the sentences behind it.
        </p>
        {top.length > 0 && (
          <>
            <h3 className="section-title">Best-attested relations</h3>
            <ul className="rel-list">
              {top.map((vr) => (
                <li key={vr.id}>
                  <button type="button" className="rel-btn" onClick={() => select({ type: 'relation', id: vr.id })}>
                    <span>
                      <span className="fam-dot" style={{ background: FAMILY_ENCODING[vr.relation.family].color }} aria-hidden="true" />
                      {name(vr.relation.source)} {relationPhrase(vr.relation.type, vr.relation.negated)} {name(vr.relation.target)}
                    </span>
                    <span className="count">{vr.evidence.length}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }

  return (
    <section className="panel evidence" aria-label="Evidence">
      {selection && (
        <button type="button" className="btn btn-ghost close-btn" onClick={() => select(null)} aria-label="Clear selection">
          ×
        </button>
      )}
      {body}
    </section>
  );
}
