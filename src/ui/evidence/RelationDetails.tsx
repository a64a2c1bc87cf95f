/**
 * A selected relation: source → type → target, its family and negation, corroboration,
 * its coverage of the corpus ("Reported in 1 of 2 articles"), and every supporting
 * sentence grouped by article, with outlet, dates and a "Show in article" button. The
 * articles that do not report it are listed too, so nobody reads one sentence as the
 * whole corpus's account.
 */
import type { Relation } from '../../extract/schema';
import { FAMILY_ENCODING } from '../../graph/encodings';
import type { VisibleRelation } from '../../graph/filter';
import { corroboration, evidenceSegments } from '../../graph/highlight';
import { coverageLabel, relationCoverage } from '../../graph/coverage';
import { ArticleHeading, SilentArticles } from './ArticleCoverage';
import './evidence.css';
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
  const shown = new Set(visible ? visible.evidenceIndex : r.evidence.map((_, i) => i));
  const corr = corroboration(index.graph, r.evidence);
  const coverage = relationCoverage(index, r);
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
      <p className="coverage">{coverageLabel(coverage)}</p>
      {coverage.reporting.map(({ doc, evidence }) => {
        const items = evidence.filter((i) => shown.has(i));
        return (
          // A group, not a region: landmarks are for the page's main areas, not list sections.
          <div key={doc.id} className="evidence-article" role="group" aria-label={`Sentences from ${doc.title || doc.source || doc.id}`}>
            <ArticleHeading index={index} doc={doc} count={evidence.length} />
            {items.length === 0 && <p className="muted">Its sentences are hidden by the current filters.</p>}
            <ol className="evidence-list">
              {items.map((i) => {
                const ev = r.evidence[i];
                const cited = citedEvidence === i;
                return (
                  <li key={i} className={`evidence-item${cited ? ' is-cited' : ''}`} aria-current={cited ? 'true' : undefined}>
                    <blockquote className="evidence-sentence" onClick={() => select({ type: 'relation', id: r.id, evidence: i })}>
                      <HighlightedSentence segments={evidenceSegments(index, r, ev)} />
                    </blockquote>
                    {/* Outlet and publication date head the article's group; the event's own date stays here. */}
                    {ev.date && (
                      <div className="evidence-meta">
                        <span title={`“${ev.date.text}”`}>
                          happened {formatIso(ev.date.start)}
                          {ev.date.end && ev.date.end !== ev.date.start ? ` – ${formatIso(ev.date.end)}` : ''}
                        </span>
                      </div>
                    )}
                    <button type="button" className="btn btn-small" onClick={() => show(i)}>
                      Show in article
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
      <SilentArticles
        index={index}
        title="Also carried, without a sentence of its own, by"
        docs={coverage.corroborating}
      />
      <SilentArticles index={index} title="Not reported in" docs={coverage.silent} />
    </div>
  );
}
