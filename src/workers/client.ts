/**
 * Main-thread side of the extraction worker. Starts the worker lazily, runs ingest and
 * extract jobs over the protocol, and never leaves a caller waiting forever:
 * - the worker does not start (CSP, old browser, load error, no `ready` in time) → jobs run
 *   on the main thread in small chunks, and `onNotice` says so;
 * - the worker crashes mid-job → the job continues on the main thread, reusing the analyses
 *   the worker already sent back;
 * - cancel → a cancel message, then `terminate()` if the worker does not stop promptly.
 */
import type { ActorGraph } from '../extract/index';
import type { AddResult } from './addArticles';
import type { StoredDocument } from './db';
import { GraphReceiver } from './graphStream';
import type { AddTarget, ExtractRequest, FileOutcome, WorkerFile, WorkerRequest, WorkerResponse } from './protocol';

export interface ExtractCallbacks {
  onProgress?(done: number, total: number, current: string | null): void;
  onAnalysed?(key: string): void;
  onDocError?(key: string, name: string, message: string): void;
  onPartial?(graph: ActorGraph, done: number, total: number): void;
  /** Outcomes of the job's own files (jobs given `files`), before extraction starts. */
  onIngested?(outcomes: FileOutcome[]): void;
  /** Something the user should know that is not an error of one document. */
  onNotice?(message: string): void;
}

export interface ExtractResult {
  /** The final graph, or for a cancelled job the graph of the documents done (null if none). */
  graph: ActorGraph | null;
  cancelled: boolean;
  done: number;
}

export interface ClientOptions {
  /** Returns a new worker, or throws / returns null when workers are unavailable. */
  createWorker?: () => Worker | null;
  readyTimeoutMs?: number;
  cancelGraceMs?: number;
}

const defaultWorker = () => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
const chunkYield = () => new Promise<void>((r) => setTimeout(r, 0));

class WorkerCrash extends Error {}

export class ExtractionClient {
  private worker: Promise<Worker | null> | null = null;
  private mainThread = false;
  private nextId = 1;
  private version: string | null = null;
  /** Why jobs run on the main thread, repeated to every job so each caller can tell its user. */
  private fallbackNotice: string | null = null;
  private readonly opts: Required<ClientOptions>;

  constructor(opts: ClientOptions = {}) {
    this.opts = {
      createWorker: opts.createWorker ?? (typeof Worker === 'function' ? defaultWorker : () => null),
      readyTimeoutMs: opts.readyTimeoutMs ?? 20_000,
      cancelGraceMs: opts.cancelGraceMs ?? 1_500,
    };
  }

  /** Whether jobs currently run on the main thread (no usable worker). */
  get usingMainThread(): boolean {
    return this.mainThread;
  }

  private start(notice?: (m: string) => void): Promise<Worker | null> {
    if (this.mainThread) {
      if (this.fallbackNotice) notice?.(this.fallbackNotice);
      return Promise.resolve(null);
    }
    if (this.worker) return this.worker;
    this.worker = new Promise<Worker | null>((resolve) => {
      let w: Worker | null = null;
      const fail = (why: string) => {
        clearTimeout(timer);
        w?.terminate();
        this.mainThread = true;
        this.worker = null;
        this.fallbackNotice = `Background extraction unavailable (${why}); running on the page in small steps.`;
        notice?.(this.fallbackNotice);
        resolve(null);
      };
      const timer = setTimeout(() => fail('the worker did not start in time'), this.opts.readyTimeoutMs);
      try {
        w = this.opts.createWorker();
      } catch (e) {
        return fail(e instanceof Error ? e.message : 'worker could not be created');
      }
      if (!w) return fail('workers are not supported here');
      const worker = w;
      worker.onerror = (ev) => {
        ev.preventDefault?.();
        fail(ev.message || 'the worker failed to load');
      };
      worker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
        if (ev.data?.type !== 'ready') return;
        clearTimeout(timer);
        this.version = ev.data.version;
        worker.onerror = null;
        worker.onmessage = null;
        resolve(worker);
      };
    });
    return this.worker;
  }

  private drop(w: Worker) {
    w.terminate();
    this.worker = null;
  }

  /** Sends one request and feeds its responses to `handle` until it returns true (final). */
  private run(w: Worker, req: WorkerRequest, handle: (m: WorkerResponse) => boolean, signal?: AbortSignal, transfer: Transferable[] = []) {
    return new Promise<void>((resolve, reject) => {
      let graceTimer: ReturnType<typeof setTimeout> | undefined;
      const cleanup = () => {
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        signal?.removeEventListener('abort', onAbort);
        clearTimeout(graceTimer);
      };
      const onMessage = (ev: MessageEvent<WorkerResponse>) => {
        const m = ev.data;
        if (!m || !('id' in m) || m.id !== req.id) return;
        let final: boolean;
        try {
          final = handle(m);
        } catch (e) {
          // A message the page cannot use (e.g. an incomplete graph) ends the job, never hangs it.
          cleanup();
          return reject(e);
        }
        if (final) {
          cleanup();
          resolve();
        }
      };
      const onError = (ev: ErrorEvent) => {
        ev.preventDefault();
        cleanup();
        this.drop(w);
        reject(new WorkerCrash(ev.message || 'the extraction worker crashed'));
      };
      const onAbort = () => {
        w.postMessage({ type: 'cancel', id: req.id } satisfies WorkerRequest);
        // A document can take long: if the worker does not answer in time, stop it hard.
        graceTimer = setTimeout(() => {
          cleanup();
          this.drop(w);
          handle({ type: 'cancelled', id: req.id, graph: null, done: -1 });
          resolve();
        }, this.opts.cancelGraceMs);
      };
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      signal?.addEventListener('abort', onAbort, { once: true });
      w.postMessage(req, transfer);
      if (signal?.aborted) onAbort();
    });
  }

  /**
   * Identifies the pipeline build that analyses run with, for cache keys: the worker bundle's
   * file name (content-hashed in production builds), or the pipeline chunk's on the main thread.
   */
  async pipelineVersion(onNotice?: (m: string) => void): Promise<string> {
    const w = await this.start(onNotice);
    return w && this.version ? `w:${this.version}` : `m:${(await import('./job')).MODULE_VERSION}`;
  }

  /** Decodes and classifies files (bytes are transferred to the worker). */
  async ingest(files: WorkerFile[], onNotice?: (m: string) => void): Promise<FileOutcome[]> {
    const w = await this.start(onNotice);
    // The pipeline is loaded on the page only when it must run there (keeps first paint light).
    if (!w) return (await import('./ingest')).ingestFiles(files);
    const id = this.nextId++;
    let outcomes: FileOutcome[] = [];
    let failure: string | null = null;
    try {
      await this.run(w, { type: 'ingest', id, files }, (m) => {
        if (m.type === 'ingested') outcomes = m.outcomes;
        else if (m.type === 'failed') failure = m.message;
        return m.type === 'ingested' || m.type === 'failed';
      }, undefined, files.map((f) => f.bytes));
    } catch (e) {
      if (!(e instanceof WorkerCrash)) throw e;
      throw new Error(`${e.message} while reading the files; please try again with fewer or smaller files`, { cause: e });
    }
    if (failure) throw new Error(failure);
    return outcomes;
  }

  /**
   * Ingests files and stores their documents (with `outcomes` made on the page, e.g. pasted
   * text) in a stored corpus of database `dbName`: in the worker, which answers with outcomes
   * carrying only ids and titles. Bytes are transferred, not copied.
   */
  async add(dbName: string, target: AddTarget, files: WorkerFile[], outcomes: FileOutcome[] = [], onNotice?: (m: string) => void): Promise<AddResult> {
    const w = await this.start(onNotice);
    if (!w) return (await import('./addArticles')).addArticles(dbName, target, files, outcomes);
    const id = this.nextId++;
    let result: AddResult | null = null;
    let failure: string | null = null;
    try {
      await this.run(w, { type: 'add', id, dbName, target, files, outcomes }, (m) => {
        if (m.type === 'added') result = { corpus: m.corpus, outcomes: m.outcomes };
        else if (m.type === 'failed') failure = m.message;
        return m.type === 'added' || m.type === 'failed';
      }, undefined, files.map((f) => f.bytes));
    } catch (e) {
      if (!(e instanceof WorkerCrash)) throw e;
      throw new Error(`${e.message} while storing the files; please try again with fewer or smaller files`, { cause: e });
    }
    if (failure) throw new Error(failure);
    return result!;
  }

  /** A stored corpus's documents without their texts, read in the worker (the metadata editor's list). */
  async documents(dbName: string, corpusId: string): Promise<StoredDocument[]> {
    const w = await this.start();
    if (!w) return (await import('./corpusStore')).corpusStore(dbName).documentsMeta(corpusId);
    let documents: StoredDocument[] = [];
    let failure: string | null = null;
    await this.run(w, { type: 'list-documents', id: this.nextId++, dbName, corpusId }, (m) => {
      if (m.type === 'document-list') documents = m.documents;
      else if (m.type === 'failed') failure = m.message;
      return m.type === 'document-list' || m.type === 'failed';
    });
    if (failure) throw new Error(failure);
    return documents;
  }

  /**
   * Extracts a corpus document by document; resolves when done or cancelled. A stored corpus
   * (`corpusId`) is read by the job itself, so only ids cross to the worker.
   */
  async extract(
    job: ExtractRequest,
    cb: ExtractCallbacks = {},
    signal?: AbortSignal,
  ): Promise<ExtractResult> {
    let analysed = 0;
    let lastGraph: ActorGraph | null = null;
    let total = job.documents?.length ?? 0;
    let ingested = false;
    // Worker graphs arrive in parts; the final message of each graph carries its shape.
    const receiver = new GraphReceiver();
    const graphOf = (m: { graph: ActorGraph | null; shape?: Parameters<GraphReceiver['finish']>[0] }) => m.graph ?? (m.shape ? receiver.finish(m.shape) : null);
    let result: ExtractResult | null = null;
    let failure: string | null = null;
    const handle = (m: WorkerResponse): boolean => {
      switch (m.type) {
        case 'progress':
          total = m.total;
          cb.onProgress?.(m.done, m.total, m.current);
          return false;
        case 'graph-part':
          receiver.accept(m);
          return false;
        case 'ingested':
          // Once: a job continued on the page after a worker crash ingests the files again.
          if (!ingested) cb.onIngested?.(m.outcomes);
          ingested = true;
          return false;
        case 'analysed':
          analysed++;
          cb.onAnalysed?.(m.key);
          return false;
        case 'notice':
          cb.onNotice?.(m.message);
          return false;
        case 'doc-error':
          cb.onDocError?.(m.key, m.name, m.message);
          return false;
        case 'partial': {
          const g = graphOf(m);
          if (g) {
            lastGraph = g;
            cb.onPartial?.(g, m.done, m.total);
          }
          return false;
        }
        case 'done':
          result = { graph: graphOf(m), cancelled: false, done: total };
          return true;
        case 'cancelled':
          result = { graph: graphOf(m) ?? lastGraph, cancelled: true, done: m.done >= 0 ? m.done : analysed };
          return true;
        case 'failed':
          failure = m.message;
          return true;
        default:
          return false;
      }
    };
    const w = await this.start(cb.onNotice);
    const id = this.nextId++;
    if (w) {
      try {
        // Files are copied, not transferred (a cheap memory copy): if the worker crashes, the
        // page still has them to continue on its own.
        await this.run(w, { type: 'extract', id, ...job }, handle, signal);
      } catch (e) {
        if (!(e instanceof WorkerCrash)) throw e;
        this.fallbackNotice = `${e.message}; continuing on the page in small steps.`;
        cb.onNotice?.(this.fallbackNotice);
        this.mainThread = true;
      }
    }
    if (!result && !failure) {
      // Main-thread path: what the worker finished before it crashed is in the cache.
      const { runExtractJob } = await import('./job');
      await runExtractJob(
        { id, ...job },
        { emit: (m) => void handle(m), cancelled: () => !!signal?.aborted, yieldNow: chunkYield },
      );
    }
    if (failure) throw new Error(failure);
    return result!;
  }

  /** Stops the worker (e.g. on page teardown). */
  dispose(): void {
    void this.worker?.then((w) => w?.terminate());
    this.worker = null;
  }
}
