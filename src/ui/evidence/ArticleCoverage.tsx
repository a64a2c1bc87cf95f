/**
 * Article-level pieces of the evidence panel: the heading of one article's group of
 * sentences, and the list of corpus articles that do not report the relation, each with
 * a button that opens it in the reader so the reader can check the absence themselves.
 */
import type { GraphDocument } from '../../extract/schema';
import type { GraphIndex } from '../../graph/model';
import { formatIso } from '../../graph/time';
import { useViewStore } from '../../state/store';

/** Outlet, title and date of one article, with a "republished copy" chip for copies. */
export function ArticleHeading({ index, doc, count }: { index: GraphIndex; doc: GraphDocument; count?: number }) {
  const original = doc.duplicateOf ? index.docById.get(doc.duplicateOf) : null;
  return (
    <h4 className="evidence-article-title">
      <span className="outlet">{doc.source || 'Unknown outlet'}</span>
      {doc.title && <span className="article-title">{doc.title}</span>}
      {doc.publishedAt && <span className="muted">{formatIso(doc.publishedAt)}</span>}
      {original && <span className="chip chip-plain">republished copy</span>}
      {count !== undefined && <span className="count">{`${count} sentence${count === 1 ? '' : 's'}`}</span>}
    </h4>
  );
}

/** A titled list of articles, each with an "Open article" button; nothing when empty. */
export function SilentArticles({ index, title, docs }: { index: GraphIndex; title: string; docs: readonly GraphDocument[] }) {
  const openReader = useViewStore((s) => s.openReader);
  if (docs.length === 0) return null;
  return (
    <div className="evidence-article is-silent" role="group" aria-label={title}>
      <h4 className="section-subtitle">{title}</h4>
      <ul className="silent-list">
        {docs.map((doc) => (
          <li key={doc.id}>
            <ArticleHeading index={index} doc={doc} />
            <button
              type="button"
              className="btn btn-small"
              onClick={() => openReader(doc.id)}
              aria-label={`Open article: ${doc.title || doc.source || doc.id}`}
            >
              Open article
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
