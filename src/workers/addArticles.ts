/**
 * Adding articles to a stored corpus, run in the worker: ingest the files, store every accepted
 * document (before any extraction, so a reload or a crash loses nothing), and answer with
 * outcomes that carry only ids and titles — the texts never come back to the page.
 */
import { corpusStore } from './corpusStore';
import type { CorpusMeta } from './db';
import { ingestFiles } from './ingest';
import type { AddTarget, FileOutcome, IngestedDocument, WorkerFile } from './protocol';

export interface AddResult {
  corpus: CorpusMeta;
  outcomes: FileOutcome[];
}

const defaultName = () => `My articles ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;

/** Only what the page shows of an added document (the outcome list looks documents up by id). */
const slim = (d: IngestedDocument): IngestedDocument => ({ input: { id: d.input.id, title: d.input.title }, contentHash: d.contentHash });

/** Stores the accepted documents of `outcomes` in the target corpus; skipped ones become reasons. */
export async function storeOutcomes(dbName: string, target: AddTarget, outcomes: FileOutcome[]): Promise<AddResult> {
  const store = corpusStore(dbName);
  const accepted = outcomes.filter((o) => o.documents.length);
  const corpus =
    'corpusId' in target
      ? await store.get(target.corpusId).then((m) => m ?? Promise.reject(new Error('This corpus no longer exists.')))
      : await store.create(target.newName?.trim() || accepted.find((o) => o.manifestTitle)?.manifestTitle || defaultName());
  const incoming = accepted.flatMap((o) => o.documents);
  const result = await store.addDocuments(corpus.id, incoming);
  const skipped = new Map(result.skipped.map((s) => [s.doc, s.reason]));
  // Stored ids may differ from the ingested ones (made unique): report the stored ones.
  const added = [...result.added];
  const stored = new Map(incoming.filter((d) => !skipped.has(d)).map((d) => [d, added.shift()!]));
  const final = outcomes.map((o) => {
    const reasons = o.documents.map((d) => skipped.get(d)).filter((r): r is string => !!r);
    const kept = o.documents.filter((d) => !skipped.has(d)).map((d) => slim({ ...d, input: stored.get(d)?.input ?? d.input }));
    if (!reasons.length) return { ...o, documents: kept };
    return { ...o, status: kept.length ? o.status : ('rejected' as const), messages: [...o.messages, ...reasons], documents: kept };
  });
  return { corpus: (await store.get(corpus.id)) ?? corpus, outcomes: final };
}

/** Ingests files and stores them with already-made outcomes (rejected reads, pasted text). */
export async function addArticles(dbName: string, target: AddTarget, files: WorkerFile[], outcomes: FileOutcome[]): Promise<AddResult> {
  return storeOutcomes(dbName, target, [...outcomes, ...(files.length ? ingestFiles(files) : [])]);
}
