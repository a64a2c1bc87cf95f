import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { useStore } from 'zustand';
import { corporaListQuery, corpusMutations, type AddOutcome, type AddTarget } from '../../data/corpusQueries';
import { corpusGraphQuery } from '../../data/graphQueries';
import { corpusJobs } from '../../data/corpora/jobs';
import { localKey, parseCorpusKey } from '../../data/corpora/keys';
import { MAX_DOCUMENTS, MAX_FILE_BYTES, type FileOutcome } from '../../workers/protocol';
import { ExtractionProgress } from './ExtractionProgress';
import { Modal } from './Modal';
import { OutcomeList } from './OutcomeList';
import { PasteForm } from './PasteForm';
import { countLabel, plain } from './safe';
import { switchCorpus } from './switchCorpus';

const ACCEPT = '.txt,.text,.md,.html,.htm,.xhtml,.json';
const NEW = '__new__';

/**
 * "Add articles": drop or pick files (text, HTML, JSON, manifests, exported corpora) or paste
 * an article, into a new or an existing stored corpus. Documents are stored first, then the
 * corpus opens and extraction runs in the worker with progress and Cancel.
 */
export function AddArticlesDialog({ currentCorpus, onClose }: { currentCorpus: string; onClose: () => void }) {
  const qc = useQueryClient();
  const corpora = useQuery(corporaListQuery()).data ?? [];
  const current = parseCorpusKey(currentCorpus);
  const [target, setTarget] = useState<string>(current?.kind === 'local' ? current.id : NEW);
  const [newName, setNewName] = useState('');
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [doneKey, setDoneKey] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const done = (r: AddOutcome) => {
    setOutcomes((o) => [...o, ...r.outcomes]);
    setTarget(r.corpus.id);
    const key = localKey(r.corpus.id);
    setDoneKey(key);
    if (r.outcomes.some((o) => o.documents.length)) switchCorpus(key);
  };
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const addFiles = useMutation({ ...corpusMutations.addFiles(qc), onSuccess: (r: AddOutcome) => (done(r), corpusMutations.addFiles(qc).onSuccess(r)), onError: fail });
  const addPasted = useMutation({ ...corpusMutations.addPasted(qc), onSuccess: (r: AddOutcome) => (done(r), corpusMutations.addPasted(qc).onSuccess(r)), onError: fail });
  const busy = addFiles.isPending || addPasted.isPending;
  // Only the problems list: progress ticks must not re-render a long outcome list.
  const problems = useStore(corpusJobs, (s) => (doneKey ? s.jobs[doneKey]?.problems : undefined));
  const graph = useQuery({ ...corpusGraphQuery(doneKey ?? 'seed'), enabled: !!doneKey }).data;

  const addTarget = (): AddTarget => (target === NEW ? { newName: newName || null } : { corpusId: target });
  const take = (files: FileList | File[] | null) => {
    const list = [...(files ?? [])];
    if (!list.length || busy) return;
    setError(null);
    addFiles.mutate({ target: addTarget(), files: list });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    take(e.dataTransfer.files);
  };

  return (
    <Modal title="Add articles" onClose={onClose} className="corpus-add">
      <p className="corpus-limits">
        Text (.txt), web pages (.html), single-article JSON, manifests and exported Parley corpora. Limits:{' '}
        {MAX_FILE_BYTES / 1024 / 1024} MB per file, {MAX_DOCUMENTS.toLocaleString('en')} documents per corpus. Your articles stay in this
        browser.
      </p>
      <label className="corpus-target">
        Add to{' '}
        <select value={target} onChange={(e) => setTarget(e.target.value)} disabled={busy}>
          <option value={NEW}>A new corpus</option>
          {corpora.map((c) => (
            <option key={c.id} value={c.id}>
              {plain(c.name, 60)} ({countLabel(c.documentCount, 'document')})
            </option>
          ))}
        </select>
      </label>
      {target === NEW && (
        <label className="corpus-target">
          Name <input value={newName} onChange={(e) => setNewName(e.target.value)} placeholder="e.g. Yemen talks 2018" maxLength={200} />
        </label>
      )}
      <div
        className={`corpus-drop${dragging ? ' corpus-drop-active' : ''}`}
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        aria-label="Drop files here"
        aria-busy={busy}
      >
        <p>Drop files here, or</p>
        <button type="button" onClick={() => input.current?.click()} disabled={busy}>
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          className="corpus-file-input"
          aria-label="Choose article files"
          onChange={(e) => (take(e.target.files), (e.target.value = ''))}
        />
      </div>
      <details className="corpus-paste-box">
        <summary>Paste an article</summary>
        <PasteForm busy={busy} onSubmit={(doc) => addPasted.mutateAsync({ target: addTarget(), doc }).catch(() => undefined)} />
      </details>
      {busy && <p role="status">Reading files…</p>}
      {error && (
        <p role="alert" className="corpus-error">
          {plain(error, 300)}
        </p>
      )}
      {doneKey && <ExtractionProgress corpusKey={doneKey} />}
      <OutcomeList outcomes={outcomes} graph={graph} problems={problems} />
    </Modal>
  );
}
