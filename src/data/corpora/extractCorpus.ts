/**
 * Turns a list of documents into an ActorGraph through the worker, with the content-hash
 * cache: cached analyses are reused, new ones are stored as soon as they arrive (so a
 * cancelled or crashed run keeps what it finished). Progress goes to the jobs store.
 */
import { SCHEMA_ID, type ActorGraph, type InputDocument } from '../../extract/schema';
import type { ExtractionClient } from '../../workers/client';
import type { FileOutcome, JobDocument, WorkerFile } from '../../workers/protocol';
import { withDownloadFailures } from './fetchManifest';
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

/** Progress reaches the page at most this often (ms). */
const PROGRESS_MS = 100;

/**
 * Coalesces progress updates: each one re-renders the progress bar at once (a store update),
 * and a stream of them — hundreds per second when analyses come from the cache — keeps
 * interrupting React's time-sliced render of a growing graph until React gives up slicing
 * and renders it in one long task.
 */
function coalesced<T>(apply: (v: T) => void): { set(v: T): void; cancel(): void } {
  let latest: T | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    set(v) {
      latest = v;
      timer ??= setTimeout(() => {
        timer = undefined;
        apply(latest as T);
      }, PROGRESS_MS);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** An empty, valid graph (a corpus with no documents yet). */
export const emptyGraph = (title: string | null): ActorGraph => ({
  schema: SCHEMA_ID,
  corpus: { id: 'empty', title },
  documents: [],
  actors: [],
  relations: [],
});

/**
 * What to extract: documents in hand, a linked manifest's downloaded files (decoded by the
 * job, with the downloads that `failed`), or a stored corpus the worker reads itself.
 */
export type ExtractSource = { documents: SourceDocument[] } | { files: WorkerFile[]; failed: FileOutcome[] } | { corpusId: string; count: number };

/** Extracts `source` as the corpus `key`; resolves with the final or (cancelled) partial graph. */
export async function extractDocuments(key: string, title: string | null, source: ExtractSource, deps: ExtractDeps): Promise<ActorGraph> {
  const { client, store } = deps;
  const user = new AbortController();
  const abort = () => user.abort();
  deps.signal?.addEventListener('abort', abort, { once: true });
  const count = 'documents' in source ? source.documents.length : 'files' in source ? source.files.length : source.count;
  startJob(key, 'extracting', count, abort);
  if (!count) {
    updateJob(key, { phase: 'done', cancel: undefined });
    return emptyGraph(title);
  }
  const notice = (m: string) => addNotice(key, m);
  const progress = coalesced<{ done: number; total: number; current: string | null }>((patch) => updateJob(key, patch));
  try {
    const version = await client.pipelineVersion(notice);
    const documents = (docs: SourceDocument[]): JobDocument[] =>
      docs.map((d) => ({ key: analysisKey(version, d.contentHash, d.input), name: d.name, input: d.input }));
    // The job reads the stored documents and reads and fills the analysis cache itself (in the
    // worker): for a stored corpus only its id crosses to the worker.
    const job =
      'documents' in source ? { documents: documents(source.documents) } : 'files' in source ? { files: source.files, version } : { corpusId: source.corpusId, version };
    const onIngested = (outcomes: FileOutcome[]) => {
      const rejected = withDownloadFailures('failed' in source ? source.failed : [], outcomes).filter((o) => o.status === 'rejected');
      updateJob(key, (j) => ({ problems: [...rejected.map((o) => ({ name: o.name, message: o.messages.join('; ') })), ...j.problems] }));
    };
    let total = count;
    const result = await client.extract(
      { title, ...job, cacheDb: store.dbName },
      {
        onProgress: (done, t, current) => progress.set({ done, total: (total = t), current }),
        onDocError: (_k, name, message) => addProblem(key, name, message),
        onPartial: (g) => deps.onPartial?.(g),
        onNotice: notice,
        onIngested,
      },
      user.signal,
    );
    progress.cancel();
    updateJob(key, { phase: result.cancelled ? 'cancelled' : 'done', done: result.cancelled ? result.done : total, current: null, cancel: undefined });
    return result.graph ?? emptyGraph(title);
  } catch (e) {
    updateJob(key, { phase: 'failed', current: null, cancel: undefined });
    addNotice(key, e instanceof Error ? e.message : String(e));
    throw e;
  } finally {
    progress.cancel();
    deps.signal?.removeEventListener('abort', abort);
  }
}
