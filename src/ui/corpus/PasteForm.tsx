import { useState, type FormEvent } from 'react';
import type { PastedDocument } from '../../data/corpusQueries';

/** Paste an article: text plus the metadata a file would not carry. */
export function PasteForm({ onSubmit, busy }: { onSubmit: (d: PastedDocument) => Promise<unknown>; busy: boolean }) {
  const [doc, setDoc] = useState<PastedDocument>({ text: '', title: '', source: '', url: '', publishedAt: '' });
  const set = (k: keyof PastedDocument) => (e: { target: { value: string } }) => setDoc((d) => ({ ...d, [k]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await onSubmit(doc);
    setDoc({ text: '', title: '', source: '', url: '', publishedAt: '' });
  };
  return (
    <form className="corpus-paste" onSubmit={submit} aria-label="Paste an article">
      <label>
        Title <input value={doc.title} onChange={set('title')} maxLength={500} />
      </label>
      <label>
        Outlet <input value={doc.source} onChange={set('source')} maxLength={300} />
      </label>
      <label>
        URL <input type="url" value={doc.url} onChange={set('url')} placeholder="https://" maxLength={2000} />
      </label>
      <label>
        Publication date <input type="date" value={doc.publishedAt} onChange={set('publishedAt')} />
      </label>
      <label className="corpus-paste-text">
        Article text <textarea value={doc.text} onChange={set('text')} rows={6} required />
      </label>
      <button type="submit" disabled={busy || !doc.text.trim()}>
        Add pasted article
      </button>
    </form>
  );
}
