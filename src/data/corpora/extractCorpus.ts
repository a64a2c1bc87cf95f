/**
 * Turns a list of documents into an ActorGraph through the worker, with the content-hash
 * cache: cached analyses are reused, new ones are stored as soon as they arrive (so a
 * cancelled or crashed run keeps what it finished). Progress goes to the jobs store.
 */
import { SCHEMA_ID, type ActorGraph, type InputDocument } from '../../extract/schema';
import type { ExtractionClient } from '../../workers/client';
import type { JobDocument } from '../../workers/protocol';
import { addNotice, addProblem, startJob, updateJob } from './jobs';
import { analysisKey } from './keys';
import type { CorpusStore } from './store';

export interface ExtractDeps {
  client: ExtractionClient;
  store: CorpusStore;
  /** Aborted when the query is dropped (e.g. the reader switched corpus). */
  signal?: AbortSignal;
  /** Receives growing graphs while documents finish. */
  onPartial?: (g: ActorGraph) => void;
}

export interface SourceDocument {
  name: string;
  input: InputDocument;
  contentHash: string;
}

/** An empty, valid graph (a corpus with no documents yet). */
export const emptyGraph = (title: string | null): ActorGraph => ({
  schema: SCHEMA_ID,
  corpus: { id: 'empty', title },
  documents: [],
  actors: [],
  relations: [],
});

/** Extracts `docs` as the corpus `key`; resolves with the final or (cancelled) partial graph. */
export async function extractDocuments(key: string, title: string | null, docs: SourceDocument[], deps: ExtractDeps): Promise<ActorGraph> {
  const { client, store } = deps;
  const user = new AbortController();
  const abort = () => user.abort();
  deps.signal?.addEventListener('abort', abort, { once: true });
  startJob(key, 'extracting', docs.length, abort);
  if (!docs.length) {
    updateJob(key, { phase: 'done', cancel: undefined });
    return emptyGraph(title);
  }
  const notice = (m: string) => addNotice(key, m);
  try {
    const version = await client.pipelineVersion(notice);
    const keys = docs.map((d) => analysisKey(version, d.contentHash, d.input));
    const documents: JobDocument[] = docs.map((d, i) => ({ key: keys[i], name: d.name, input: d.input }));
    // The job reads and fills the analysis cache itself (in the worker).
    const result = await client.extract(
      { title, documents, cacheDb: store.dbName },
      {
        onProgress: (done, total, current) => updateJob(key, { done, total, current }),
        onDocError: (_k, name, message) => addProblem(key, name, message),
        onPartial: (g) => deps.onPartial?.(g),
        onNotice: notice,
      },
      user.signal,
    );
    updateJob(key, { phase: result.cancelled ? 'cancelled' : 'done', done: result.cancelled ? result.done : docs.length, current: null, cancel: undefined });
    return result.graph ?? emptyGraph(title);
  } catch (e) {
    updateJob(key, { phase: 'failed', current: null, cancel: undefined });
    addNotice(key, e instanceof Error ? e.message : String(e));
    throw e;
  } finally {
    deps.signal?.removeEventListener('abort', abort);
  }
}
