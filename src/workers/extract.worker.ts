/**
 * The extraction worker: decodes dropped files and runs the pipeline document by document,
 * off the main thread. Speaks the protocol in ./protocol; one job at a time per message,
 * cancellable between documents (the client terminates the worker if that is too slow).
 */
import { ingestFiles } from './ingest';
import { runExtractJob } from './job';
import { isWorkerRequest, type WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();
const post = (m: WorkerResponse) => scope.postMessage(m);
const yieldNow = () => new Promise<void>((r) => setTimeout(r, 0));

scope.onmessage = (ev: MessageEvent) => {
  const req = ev.data;
  if (!isWorkerRequest(req)) return;
  if (req.type === 'cancel') cancelled.add(req.id);
  else if (req.type === 'ingest') {
    try {
      post({ type: 'ingested', id: req.id, outcomes: ingestFiles(req.files) });
    } catch (e) {
      post({ type: 'failed', id: req.id, message: `could not read files: ${e instanceof Error ? e.message : String(e)}` });
    }
  } else
    void runExtractJob(req, { emit: post, cancelled: () => cancelled.has(req.id), yieldNow }).finally(() =>
      cancelled.delete(req.id),
    );
};

post({ type: 'ready', version: import.meta.url.split('/').pop() ?? 'worker' });
