import { useState, type FormEvent } from 'react';
import { displayName } from '../../data/corpusQueries';
import type { StoredDocument } from '../../data/corpora/store';
import type { DocumentPatch } from '../../data/corpora/store';
import { ExternalLink } from './ExternalLink';
import { plain } from './safe';

const isoDay = (s: string | null | undefined) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : '');

/**
 * One stored document with editable title, outlet and date. Saving re-extracts just this
 * document (its cache key includes the metadata), so relative dates re-resolve.
 */
export function DocumentRow({ doc, onSave, onRemove, busy }: { doc: StoredDocument; onSave: (p: DocumentPatch) => void; onRemove: () => void; busy: boolean }) {
  const [title, setTitle] = useState(doc.input.title ?? '');
  const [source, setSource] = useState(doc.input.source ?? '');
  const [date, setDate] = useState(isoDay(doc.input.publishedAt));
  const dirty = title !== (doc.input.title ?? '') || source !== (doc.input.source ?? '') || date !== isoDay(doc.input.publishedAt);
  const name = plain(displayName(doc), 80);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave({ title, source, publishedAt: date });
  };
  return (
    <li className="corpus-doc">
      <form onSubmit={submit} aria-label={`Metadata of ${name}`}>
        <span className="corpus-doc-name">{name}</span>
        {doc.input.url && <ExternalLink url={doc.input.url} />}
        <label>
          Title <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
        </label>
        <label>
          Outlet <input value={source} onChange={(e) => setSource(e.target.value)} maxLength={300} />
        </label>
        <label>
          Date <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <button type="submit" disabled={!dirty || busy}>
          Save and re-extract
        </button>
        <button type="button" onClick={onRemove} disabled={busy}>
          Remove
        </button>
      </form>
    </li>
  );
}
