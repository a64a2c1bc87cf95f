/**
 * A selected relation: source → type → target, its family and negation, corroboration,
 * and every supporting sentence with its outlet, dates and a "Show in article" button.
 */
import type { Relation } from '../../extract/schema';
import { FAMILY_ENCODING } from '../../graph/encodings';
import type { VisibleRelation } from '../../graph/filter';
import { corroboration, evidenceSegments } from '../../graph/highlight';
import type { GraphIndex } from '../../graph/model';
import { formatIso } from '../../graph/time';
import { useViewStore } from '../../state/store';
import { HighlightedSentence } from './HighlightedSentence';
import { ActorChip } from './ActorChip';
import { relationPhrase } from '../../graph/phrase';

export interface RelationDetailsProps {
  index: GraphIndex;
  relation: Relation;
  /** The relation as currently filtered (null when filters hide it). */
  visible: VisibleRelation | null;
  citedEvidence?: number;
}

/** Details of one relation and its evidence. */
export function RelationDetails({ index, relation: r, visible, citedEvidence }: RelationDetailsProps) {
  const select = useViewStore((s) => s.select);
  const openReader = useViewStore((s) => s.openReader);
  const fam = FAMILY_ENCODING[r.family];
  const shown = visible ? visible.evidenceIndex : r.evidence.map((_, i) => i);
  const corr = corroboration(index.graph, r.evidence);
  const show = (i: number) => {
    const ev = r.evidence[i];
    select({ type: 'relation', id: r.id, evidence: i });
    openReader(ev.doc, ev.sentence);
  };
  return (
    <div className="details">
      <p className="eyebrow">Relation</p>
      <h2 className="relation-title">
        <ActorChip index={index} id={r.source} />
        <span className="relation-verb" style={{ color: fam.color }}>
          {relationPhrase(r.type, r.negated)} →
        </span>
        <ActorChip index={index} id={r.target} />
      </h2>
      <p className="chips">
        <span className="chip" style={{ borderColor: fam.color, color: fam.color }}>
          {fam.label}
        </span>
        {r.negated && <span className="chip chip-neg">Negated</span>}
        <span className="chip chip-plain" title="Documents carrying this claim">
          {corr.label}
        </span>
      </p>
      {!visible && <p className="notice">The current filters hide this relation in the graph.</p>}
      <h3 className="section-title">
        Evidence <span className="count">{r.evidence.length}</span>
      </h3>
      <ol className="evidence-list">
        {shown.map((i) => {
          const ev = r.evidence[i];
          const doc = index.docById.get(ev.doc);
          const original = doc?.duplicateOf ? index.docById.get(doc.duplicateOf) : null;
          const cited = citedEvidence === i;
          return (
            <li key={i} className={`evidence-item${cited ? ' is-cited' : ''}`} aria-current={cited ? 'true' : undefined}>
              <blockquote className="evidence-sentence" onClick={() => select({ type: 'relation', id: r.id, evidence: i })}>
                <HighlightedSentence segments={evidenceSegments(index, r, ev)} />
              </blockquote>
              <div className="evidence-meta">
                <span className="outlet">{doc?.source || doc?.title || 'Unknown outlet'}</span>
                {doc?.publishedAt && <span>reported {formatIso(doc.publishedAt)}</span>}
                {ev.date && (
                  <span title={`“${ev.date.text}”`}>
                    happened {formatIso(ev.date.start)}
                    {ev.date.end && ev.date.end !== ev.date.start ? ` – ${formatIso(ev.date.end)}` : ''}
                  </span>
                )}
                {original && <span className="chip chip-plain">republished copy</span>}
              </div>
              <button type="button" className="btn btn-small" onClick={() => show(i)}>
                Show in article
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
