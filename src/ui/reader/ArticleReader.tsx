/**
 * The "Article" region: one document as paragraphs of sentences, the cited sentence in
 * <mark> and scrolled into view, with Previous/Next through the evidence being read.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { ActorGraph } from '../../extract/schema';
import { articleParagraphs } from '../../graph/article';
import { indexGraph } from '../../graph/model';
import { formatIso } from '../../graph/time';
import { useViewStore } from '../../state/store';

interface Stop {
  doc: string;
  sentence: string;
  evidence?: number;
}

/** Article reader for the store's `reader` state; renders nothing when closed. */
export function ArticleReader({ graph }: { graph: ActorGraph }) {
  const reader = useViewStore((s) => s.reader);
  const selection = useViewStore((s) => s.selection);
  const openReader = useViewStore((s) => s.openReader);
  const closeReader = useViewStore((s) => s.closeReader);
  const select = useViewStore((s) => s.select);
  const index = indexGraph(graph);
  const doc = reader ? index.docById.get(reader.doc) : undefined;
  const markRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => (doc ? articleParagraphs(doc) : []), [doc]);

  // The evidence being stepped through: the selected relation's, else every cited sentence in this document.
  const stops: Stop[] = useMemo(() => {
    if (selection?.type === 'relation') {
      const r = index.relationById.get(selection.id);
      if (r) return r.evidence.map((ev, i) => ({ doc: ev.doc, sentence: ev.sentence, evidence: i }));
    }
    if (!doc) return [];
    const cited = new Set(graph.relations.flatMap((r) => r.evidence.filter((e) => e.doc === doc.id).map((e) => e.sentence)));
    return doc.sentences.filter((s) => cited.has(s.id)).map((s) => ({ doc: doc.id, sentence: s.id }));
  }, [selection, index, doc, graph]);
  const at = stops.findIndex(
    (s) => s.doc === reader?.doc && s.sentence === reader?.sentence && (selection?.type !== 'relation' || s.evidence === (selection.evidence ?? s.evidence)),
  );

  // Scroll only the reader's own body (scrollIntoView would also scroll the page around it).
  useEffect(() => {
    const body = bodyRef.current;
    const mark = markRef.current;
    if (!body || !mark) return;
    const top = mark.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
    body.scrollTop = Math.max(0, top - body.clientHeight / 3);
  }, [reader?.doc, reader?.sentence]);

  if (!reader) return null;
  const go = (i: number) => {
    const s = stops[i];
    if (!s) return;
    if (s.evidence !== undefined && selection?.type === 'relation') select({ ...selection, evidence: s.evidence });
    openReader(s.doc, s.sentence);
  };
  const original = doc?.duplicateOf ? index.docById.get(doc.duplicateOf) : undefined;
  // a relation is selected but this article is not among its evidence ("Not reported in" → Open article)
  const elsewhere = selection?.type === 'relation' && !!doc && stops.length > 0 && !stops.some((s) => s.doc === doc.id);

  return (
    <section className="reader" aria-label="Article">
      <header className="reader-head">
        <div className="reader-titles">
          <p className="eyebrow">Article</p>
          <h2 className="reader-title">{doc ? doc.title || 'Untitled article' : 'Article not found'}</h2>
          {doc && (
            <p className="reader-meta">
              {[doc.source, doc.author && `by ${doc.author}`, doc.publishedAt && formatIso(doc.publishedAt)].filter(Boolean).join(' · ')}
              {doc.url && (
                <>
                  {' · '}
                  <a href={doc.url} target="_blank" rel="noopener noreferrer">
                    original
                  </a>
                </>
              )}
            </p>
          )}
          {original && <p className="notice">Republished copy of “{original.title || original.source || original.id}”.</p>}
          {elsewhere && <p className="notice">This article does not report the selected relation.</p>}
        </div>
        <button type="button" className="btn btn-ghost close-btn" onClick={closeReader} aria-label="Close article">
          ×
        </button>
      </header>
      <nav className="reader-nav" aria-label="Evidence navigation">
        <button type="button" className="btn btn-small" disabled={at <= 0} onClick={() => go(at - 1)}>
          ← Previous evidence
        </button>
        <span className="muted">{at >= 0 ? `${at + 1} of ${stops.length}` : elsewhere ? `${stops.length} cited in other articles` : `${stops.length} cited`}</span>
        <button type="button" className="btn btn-small" disabled={at < 0 ? stops.length === 0 : at >= stops.length - 1} onClick={() => go(at + 1)}>
          Next evidence →
        </button>
      </nav>
      <div className="reader-body" ref={bodyRef}>
        {!doc && <p className="muted">This document is not in the corpus.</p>}
        {doc &&
          paragraphs.map((p) => (
            <p key={p.start}>
              {p.pieces.map((piece) => {
                const text = doc.text.slice(piece.start, piece.end);
                if (piece.sentence && piece.sentence === reader.sentence)
                  return (
                    <mark key={piece.start} ref={markRef} className="reader-cited" data-sentence-id={piece.sentence}>
                      {text}
                    </mark>
                  );
                return (
                  <span key={piece.start} data-sentence-id={piece.sentence}>
                    {text}
                  </span>
                );
              })}
            </p>
          ))}
      </div>
    </section>
  );
}
