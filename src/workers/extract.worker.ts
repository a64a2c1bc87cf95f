/**
 * The extraction worker: decodes dropped files, stores them, and runs the pipeline document by
 * document, off the main thread. Speaks the protocol in ./protocol; one job at a time per
 * message, cancellable between documents (the client terminates the worker if that is too slow).
 * Graphs go back in small parts (./graphStream), so the page never deserialises one big message.
 */
import { addArticles } from './addArticles';
import { corpusStore } from './corpusStore';
import { streamingGraphs } from './graphStream';
import { ingestFiles } from './ingest';
import { runExtractJob } from './job';
import { isWorkerRequest, type WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();
const yieldNow = () => new Promise<void>((r) => setTimeout(r, 0));
const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

const post = streamingGraphs((m: WorkerResponse) => scope.postMessage(m));

scope.onmessage = (ev: MessageEvent) => {
  const req = ev.data;
  if (!isWorkerRequest(req)) return;
  if (req.type === 'cancel') cancelled.add(req.id);
  else if (req.type === 'ingest') {
    try {
      post({ type: 'ingested', id: req.id, outcomes: ingestFiles(req.files) });
    } catch (e) {
      post({ type: 'failed', id: req.id, message: `could not read files: ${why(e)}` });
    }
  } else if (req.type === 'list-documents') {
    corpusStore(req.dbName)
      .documentsMeta(req.corpusId)
      .then(
        (documents) => post({ type: 'document-list', id: req.id, documents }),
        (e) => post({ type: 'failed', id: req.id, message: why(e) }),
      );
  } else if (req.type === 'add') {
    addArticles(req.dbName, req.target, req.files, req.outcomes).then(
      (r) => post({ type: 'added', id: req.id, ...r }),
      (e) => post({ type: 'failed', id: req.id, message: why(e) }),
    );
  } else
    void runExtractJob(req, { emit: post, cancelled: () => cancelled.has(req.id), yieldNow }).finally(() =>
      cancelled.delete(req.id),
    );
};

post({ type: 'ready', version: import.meta.url.split('/').pop() ?? 'worker' });
