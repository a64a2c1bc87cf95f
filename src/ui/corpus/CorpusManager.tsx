import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { corpusDocumentsQuery, corpusMutations, exportStoredCorpus } from '../../data/corpusQueries';
import type { CorpusMeta } from '../../data/corpora/store';
import { DocumentRow } from './DocumentRow';
import { Modal } from './Modal';
import { countLabel, plain } from './safe';
import { switchCorpus } from './switchCorpus';

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rows rendered at first: a form per document, so a 2,000-document corpus lists the rest on request. */
const SHOWN = 100;

/** Rename, export, delete (with confirmation) a stored corpus, and edit its documents' metadata. */
export function CorpusManager({ corpus, onClose }: { corpus: CorpusMeta; onClose: () => void }) {
  const qc = useQueryClient();
  const docs = useQuery(corpusDocumentsQuery(corpus.id)).data ?? [];
  const [name, setName] = useState(corpus.name);
  const [confirming, setConfirming] = useState(false);
  const [allDocs, setAllDocs] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onError = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const rename = useMutation({ ...corpusMutations.rename(qc), onError });
  const remove = useMutation({ ...corpusMutations.remove(qc), onError });
  const update = useMutation({ ...corpusMutations.updateDocument(qc), onError });
  const removeDoc = useMutation({ ...corpusMutations.removeDocument(qc), onError });
  const busy = rename.isPending || remove.isPending || update.isPending || removeDoc.isPending;

  const doExport = () =>
    exportStoredCorpus(corpus.id)
      .then((x) => download(x.fileName, x.json))
      .catch(onError);
  // mutateAsync, not mutate's onSuccess: refreshing the corpus list can unmount this dialog
  // first, and react-query skips per-call callbacks of unmounted observers (a flaky e2e).
  const doDelete = () =>
    remove.mutateAsync(corpus.id).then(
      () => {
        switchCorpus('seed');
        onClose();
      },
      () => {}, // shown by the hook's onError
    );

  return (
    <Modal title="Manage corpus" onClose={onClose} className="corpus-manage">
      <form className="corpus-rename" onSubmit={(e) => (e.preventDefault(), rename.mutate({ id: corpus.id, name }))}>
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        </label>
        <button type="submit" disabled={busy || !name.trim() || name === corpus.name}>
          Rename
        </button>
      </form>
      <p>
        {countLabel(corpus.documentCount, 'document')}, created {new Date(corpus.created).toLocaleString('en')}.
      </p>
      <div className="corpus-actions">
        <button type="button" onClick={doExport}>
          Export corpus (JSON)
        </button>
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete corpus…
          </button>
        ) : (
          <span role="group" aria-label="Confirm deletion" className="corpus-confirm">
            Delete “{plain(corpus.name, 60)}” and its {countLabel(corpus.documentCount, 'document')} from this browser?{' '}
            <button type="button" onClick={doDelete} disabled={busy}>
              Yes, delete
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        )}
      </div>
      {error && (
        <p role="alert" className="corpus-error">
          {plain(error, 300)}
        </p>
      )}
      <h3>Documents</h3>
      <ul className="corpus-docs" aria-label="Documents">
        {(allDocs ? docs : docs.slice(0, SHOWN)).map((d) => (
          <DocumentRow
            key={`${d.id}-${d.input.title}-${d.input.source}-${d.input.publishedAt}`}
            doc={d}
            busy={busy}
            onSave={(patch) => update.mutate({ corpusId: corpus.id, docId: d.id, patch })}
            onRemove={() => removeDoc.mutate({ corpusId: corpus.id, docId: d.id })}
          />
        ))}
      </ul>
      {!allDocs && docs.length > SHOWN && (
        <button type="button" onClick={() => setAllDocs(true)}>
          Show all {docs.length.toLocaleString('en')} documents
        </button>
      )}
    </Modal>
  );
}
