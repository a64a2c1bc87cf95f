/**
 * One extraction job, document by document: used by the worker and, when no worker can
 * run, by the main-thread fallback (which yields between documents). Per-document failures
 * are reported and skipped; the job itself only fails if assembling the graph fails.
 */
import type { ActorGraph } from '../extract/index';
import { idbAnalysisCache } from './analysisCache';
import { analyse, assemble, type DocAnalysis } from './pipeline';
import { PARTIAL_INTERVAL_MS, PARTIAL_MAX_CHARS, type ExtractRequest, type JobDocument, type WorkerResponse } from './protocol';
import { ingestFiles } from './ingest';
import { analysisKey, storedJobDocuments } from './storedJob';

/** This chunk's file name: content-hashed in builds, so it changes whenever the pipeline does. */
export const MODULE_VERSION = import.meta.url.split('/').pop() ?? 'job';

export interface JobHooks {
  emit(msg: WorkerResponse): void;
  /** True once the job was asked to stop. */
  cancelled(): boolean;
  /** Gives the event loop a turn (cancel messages, rendering) between documents. */
  yieldNow(): Promise<void>;
  now?(): number;
}

export type ExtractJob = { id: number } & ExtractRequest;

/** A partial graph is worth posting only if it shows something new: an actor, or ≥ 10% more relations. */
const material = (g: ActorGraph, last: { actors: number; relations: number }) =>
  g.actors.length !== last.actors || g.relations.length >= Math.ceil(last.relations * 1.1);

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Runs the job to completion, cancellation or failure; every path ends with one final message. */
export async function runExtractJob(job: ExtractJob, hooks: JobHooks): Promise<void> {
  const { id } = job;
  let documents: JobDocument[] = job.documents ?? [];
  let title = job.title;
  if (job.corpusId !== undefined) {
    // A stored corpus: read here (in the worker), so its texts never cross the main thread.
    const stored = job.cacheDb ? await storedJobDocuments(job.cacheDb, job.corpusId, job.version ?? '').catch(() => null) : null;
    if (!stored) {
      hooks.emit({ type: 'failed', id, message: 'This corpus could not be read from the browser storage.' });
      return;
    }
    ({ documents, title } = stored);
  } else if (job.files) {
    // A linked manifest: decoded here, so the page gets outcomes (ids, titles, reasons), not texts.
    const outcomes = ingestFiles(job.files);
    hooks.emit({ type: 'ingested', id, outcomes: outcomes.map((o) => ({ ...o, documents: o.documents.map((d) => ({ input: { id: d.input.id, title: d.input.title }, contentHash: d.contentHash })) })) });
    documents = outcomes.flatMap((o) => o.documents.map((d) => ({ key: analysisKey(job.version ?? '', d.contentHash, d.input), name: o.name, input: d.input })));
  }
  const now = hooks.now ?? (() => Date.now());
  const total = documents.length;
  const analyses: (DocAnalysis | null)[] = [];
  const build = (): ActorGraph => assemble(analyses.filter((a): a is DocAnalysis => a !== null), title);
  const cache = job.cacheDb ? idbAnalysisCache(job.cacheDb) : null;
  const cacheTrouble = () => hooks.emit({ type: 'notice', id, message: 'Results could not be cached in this browser (storage full or blocked).' });
  const cached = (await cache?.get(documents.map((d) => d.key)).catch(() => (cacheTrouble(), null))) ?? new Map<string, DocAnalysis>();
  let lastPartial = now();
  let partials = 0;
  const shown = { actors: 0, relations: 0 };
  let textSoFar = 0;
  let sinceYield = 0;
  try {
    for (let i = 0; i < total; i++) {
      if (hooks.cancelled()) {
        hooks.emit({ type: 'cancelled', id, graph: analyses.some(Boolean) ? build() : null, done: i });
        return;
      }
      const d = documents[i];
      hooks.emit({ type: 'progress', id, done: i, total, current: d.name });
      let a: DocAnalysis | null = d.cached ?? cached.get(d.key) ?? null;
      if (!a) {
        try {
          a = analyse(d.input, i);
          cache?.put(d.key, a).catch(cacheTrouble);
          hooks.emit({ type: 'analysed', id, key: d.key });
        } catch (e) {
          hooks.emit({ type: 'doc-error', id, key: d.key, name: d.name, message: message(e) });
        }
        sinceYield = 99;
      }
      analyses.push(a);
      // Partial graphs back off (0.4 s, 0.8 s, 1.6 s…): the graph visibly grows early on,
      // while a big corpus does not make the page re-render a big graph every few documents.
      // Past a few MB of text a partial graph costs the page more to render than it shows, and
      // a partial graph that adds no actor and few relations is not worth re-rendering at all.
      if (a) textSoFar += a.document?.text?.length ?? 0;
      if (a && i < total - 1 && textSoFar <= PARTIAL_MAX_CHARS && now() - lastPartial >= PARTIAL_INTERVAL_MS * 2 ** partials) {
        const g = build();
        lastPartial = now();
        if (material(g, shown)) {
          hooks.emit({ type: 'partial', id, graph: g, done: i + 1, total });
          Object.assign(shown, { actors: g.actors.length, relations: g.relations.length });
          partials++;
        }
      }
      if (++sinceYield >= 20) {
        sinceYield = 0;
        await hooks.yieldNow();
      }
    }
    hooks.emit({ type: 'progress', id, done: total, total, current: null });
    hooks.emit({ type: 'done', id, graph: build() });
  } catch (e) {
    hooks.emit({ type: 'failed', id, message: `extraction failed: ${message(e)}` });
  }
}
