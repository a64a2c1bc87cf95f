/**
 * react-query factories for user corpora: list stored corpora, load a corpus graph for any
 * non-seed corpus key (stored corpus → cached analyses + worker; manifest URL → fetch +
 * worker), and the mutations of the corpus manager (add files / pasted text, rename,
 * delete, edit metadata, remove a document, import).
 */
import { queryOptions, type QueryClient, type QueryFunctionContext } from '@tanstack/react-query';
import type { ActorGraph } from '../extract/index';
import { ExtractionClient } from '../workers/client';
import { hashString } from '../workers/hash';
import { MAX_FILE_BYTES, type AddTarget, type FileOutcome, type WorkerFile } from '../workers/protocol';
import { toCorpusExport, exportFileName, type CorpusExport } from './corpora/exportCorpus';
import { extractDocuments } from './corpora/extractCorpus';
import { fetchManifestCorpus } from './corpora/fetchManifest';
import { startJob, updateJob, clearJob } from './corpora/jobs';
import { localKey, parseCorpusKey } from './corpora/keys';
import { corpusStore, type CorpusMeta, type DocumentPatch, type StoredDocument } from './corpora/store';
import { UnknownCorpusError, isBareCorpusId } from './corpora/unknownCorpus';

let client: ExtractionClient | null = null;
let store = corpusStore();

/** The shared extraction client (one worker for the page). */
export const extractionClient = (): ExtractionClient => (client ??= new ExtractionClient());
/** The shared corpus store. */
export const corpora = () => store;
/** Tests: use another database. */
export const setCorpusDatabase = (name: string) => void (store = corpusStore(name));

export const corpusKeys = {
  all: ['corpora'] as const,
  list: () => ['corpora', 'list'] as const,
  documents: (id: string) => ['corpora', 'documents', id] as const,
  /** Same key as the explorer's corpusGraphQuery, so partial graphs reach its observers. */
  graph: (key: string) => ['corpus-graph', key] as const,
};

/** Stored corpora, newest first, with document counts. */
export const corporaListQuery = () => queryOptions({ queryKey: corpusKeys.list(), queryFn: () => store.list(), staleTime: Infinity });

/** The documents of a stored corpus, metadata only (for the metadata editor). */
export const corpusDocumentsQuery = (id: string) =>
  // Read in the worker and without texts: a big corpus's texts would be one long task here.
  queryOptions({ queryKey: corpusKeys.documents(id), queryFn: () => extractionClient().documents(store.dbName, id), staleTime: Infinity });

/**
 * Loads the graph of a non-seed corpus key, publishing partial graphs to the query's cache
 * entry while documents finish. Used by the explorer's corpusGraphQuery for every key but 'seed'.
 */
export async function loadCorpusGraph(key: string, ctx: Pick<QueryFunctionContext, 'client' | 'queryKey' | 'signal'>): Promise<ActorGraph> {
  const ref = parseCorpusKey(key);
  const onPartial = (g: ActorGraph) => ctx.client.setQueryData(ctx.queryKey, g);
  const deps = { client: extractionClient(), store, signal: ctx.signal, onPartial };
  if (!ref || ref.kind === 'seed') throw new Error(`Unknown corpus "${key}".`);
  // A bare word (`?c=abc123`) is no plausible manifest URL: read it as a stored corpus id.
  const localId = ref.kind === 'local' ? ref.id : isBareCorpusId(key) ? key : null;
  if (localId !== null) {
    const meta = await store.get(localId);
    // Stale links must not blank the page: the app falls back to the built-in corpus.
    if (!meta) throw new UnknownCorpusError(key);
    // The worker reads the documents itself: their texts never pass through the page.
    return extractDocuments(key, meta.name, { corpusId: localId, count: meta.documentCount }, deps);
  }
  if (ref.kind !== 'url') throw new UnknownCorpusError(key); // stored ids were handled above
  startJob(key, 'downloading', 0);
  try {
    const fetched = await fetchManifestCorpus(ref.url, {
      signal: ctx.signal,
      onProgress: (done, total, current) => updateJob(key, { done, total, current }),
    });
    // The job decodes the files in the worker; the page hears only which were rejected and why.
    return await extractDocuments(key, fetched.title, { files: fetched.files, failed: fetched.failed }, deps);
  } catch (e) {
    updateJob(key, { phase: 'failed', cancel: undefined });
    throw e;
  }
}

export { displayName } from '../workers/storedJob';

/** Reads picked/dropped files; oversized files are rejected without reading them. */
async function readFiles(files: File[]): Promise<{ ok: WorkerFile[]; rejected: FileOutcome[] }> {
  const ok: WorkerFile[] = [];
  const rejected: FileOutcome[] = [];
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      rejected.push({ name: f.name, status: 'rejected', messages: [`over the size limit: ${mb(f.size)} > ${mb(MAX_FILE_BYTES)} per file`], documents: [] });
      continue;
    }
    try {
      ok.push({ name: f.name, bytes: await f.arrayBuffer() });
    } catch {
      rejected.push({ name: f.name, status: 'rejected', messages: ['unreadable: the browser could not read this file'], documents: [] });
    }
  }
  return { ok, rejected };
}

export type { AddTarget };

export interface AddOutcome {
  corpus: CorpusMeta;
  outcomes: FileOutcome[];
}

/**
 * Invalidates what a change to a stored corpus affects. The graph is not awaited: its refetch
 * is the whole extraction, and the change itself is done once the documents are stored.
 */
export async function afterCorpusChange(qc: QueryClient, corpusId: string): Promise<void> {
  void qc.invalidateQueries({ queryKey: corpusKeys.graph(localKey(corpusId)) });
  await qc.invalidateQueries({ queryKey: corpusKeys.all });
}

/** Mutation factories; each takes the QueryClient so the caches they affect stay fresh. */
export const corpusMutations = {
  addFiles: (qc: QueryClient) => ({
    mutationFn: async ({ target, files }: { target: AddTarget; files: File[] }): Promise<AddOutcome> => {
      const { ok, rejected } = await readFiles(files);
      // The worker decodes and stores the files: only bytes go there, only ids and titles come back.
      return extractionClient().add(store.dbName, target, ok, rejected);
    },
    onSuccess: (r: AddOutcome) => afterCorpusChange(qc, r.corpus.id),
  }),
  addPasted: (qc: QueryClient) => ({
    mutationFn: async ({ target, doc }: { target: AddTarget; doc: PastedDocument }): Promise<AddOutcome> =>
      extractionClient().add(store.dbName, target, [], [pastedOutcome(doc)]),
    onSuccess: (r: AddOutcome) => afterCorpusChange(qc, r.corpus.id),
  }),
  rename: (qc: QueryClient) => ({
    mutationFn: ({ id, name }: { id: string; name: string }) => store.rename(id, name),
    onSuccess: (_: void, v: { id: string }) => afterCorpusChange(qc, v.id),
  }),
  remove: (qc: QueryClient) => ({
    mutationFn: (id: string) => store.remove(id),
    onSuccess: (_: void, id: string) => {
      clearJob(localKey(id));
      qc.removeQueries({ queryKey: corpusKeys.graph(localKey(id)) });
      return qc.invalidateQueries({ queryKey: corpusKeys.all });
    },
  }),
  updateDocument: (qc: QueryClient) => ({
    mutationFn: ({ corpusId, docId, patch }: { corpusId: string; docId: string; patch: DocumentPatch }) =>
      store.updateDocument(corpusId, docId, patch),
    onSuccess: (_: StoredDocument, v: { corpusId: string }) => afterCorpusChange(qc, v.corpusId),
  }),
  removeDocument: (qc: QueryClient) => ({
    mutationFn: ({ corpusId, docId }: { corpusId: string; docId: string }) => store.removeDocument(corpusId, docId),
    onSuccess: (_: void, v: { corpusId: string }) => afterCorpusChange(qc, v.corpusId),
  }),
};

/** The paste form's fields. */
export interface PastedDocument {
  text: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

/** Turns pasted text into an outcome like a dropped file's (validated the same way). */
export function pastedOutcome(p: PastedDocument): FileOutcome {
  const name = p.title?.trim() || 'Pasted text';
  const text = p.text.replace(/\r\n?/g, '\n');
  if (!text.trim()) return { name, status: 'rejected', messages: ['empty: paste the article text'], documents: [] };
  if (text.length > MAX_FILE_BYTES) return { name, status: 'rejected', messages: ['over the size limit of 20 MB'], documents: [] };
  const clean = (v?: string) => (v?.trim() ? v.trim() : null);
  const date = clean(p.publishedAt);
  const messages: string[] = [];
  if (date && Number.isNaN(Date.parse(date))) messages.push(`"${date}" is not a date: ignored`);
  const contentHash = hashString(text);
  const input = {
    id: `d-${contentHash.slice(0, 12)}`,
    origin: 'pasted text',
    text,
    title: clean(p.title),
    source: clean(p.source),
    url: clean(p.url),
    author: null,
    publishedAt: date && !Number.isNaN(Date.parse(date)) ? date : null,
  };
  return { name, status: messages.length ? 'warning' : 'accepted', messages, documents: [{ input, contentHash }] };
}

/** The export file of a stored corpus: name and JSON text. */
export async function exportStoredCorpus(id: string): Promise<{ fileName: string; json: string; data: CorpusExport }> {
  const meta = await store.get(id);
  if (!meta) throw new Error('This corpus no longer exists.');
  const data = toCorpusExport(meta, await store.documents(id));
  return { fileName: exportFileName(meta), json: JSON.stringify(data, null, 1), data };
}
