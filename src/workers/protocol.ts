/**
 * The typed message protocol between the main thread and the extraction worker.
 *
 * Two jobs: `ingest` turns dropped files (bytes) into input documents, so decoding and
 * HTML parsing never run on the main thread; `extract` analyses documents one by one and
 * streams progress, per-document analyses (for the content-hash cache) and partial graphs.
 * Every request carries a job `id`; every response names the job it belongs to.
 */
import type { ActorGraph, InputDocument } from '../extract/index';
import type { CorpusMeta, StoredDocument } from './db';
import type { GraphPart, GraphShape } from './graphStream';
import type { DocAnalysis } from './pipeline';

/** One file handed to the worker; `bytes` is transferred, not copied. */
export interface WorkerFile {
  name: string;
  bytes: ArrayBuffer;
}

/** An input document with the content hash of its text (computed off the main thread). */
export interface IngestedDocument {
  input: InputDocument;
  /** Hash of the raw text/html only; metadata is hashed separately so edits stay cheap. */
  contentHash: string;
}

export type OutcomeStatus = 'accepted' | 'warning' | 'rejected';

/** What became of one file (or one manifest entry). Shown to the user as text. */
export interface FileOutcome {
  name: string;
  status: OutcomeStatus;
  /** Why it was rejected, or the warnings it was accepted with. */
  messages: string[];
  documents: IngestedDocument[];
  /** Title of a manifest (used to name a new corpus on import). */
  manifestTitle?: string | null;
}

/** One document of an extraction job: either already analysed (cache hit) or to analyse. */
export interface JobDocument {
  /** Cache key (content + extraction-relevant metadata + pipeline version). */
  key: string;
  /** Display name for progress ("current file"). */
  name: string;
  input: InputDocument;
  cached?: DocAnalysis;
}

/** Where added documents go: an existing stored corpus, or a new one. */
export type AddTarget = { corpusId: string } | { newName: string | null };

/**
 * An extraction job over `documents`, over `files` the job ingests itself (a linked manifest:
 * bytes go to the worker, only outcomes come back), or over the stored corpus `corpusId`
 * that the job reads from `cacheDb` itself. `version` (the pipeline build) completes the
 * cache keys of documents the job reads or ingests.
 */
export interface ExtractRequest {
  title: string | null;
  documents?: JobDocument[];
  /** Files to ingest first (a linked manifest and its texts); the job reports their outcomes. */
  files?: WorkerFile[];
  corpusId?: string;
  version?: string;
  /** IndexedDB database holding the stored corpora and the analysis cache (null: none). */
  cacheDb?: string | null;
}

export type WorkerRequest =
  | { type: 'ingest'; id: number; files: WorkerFile[] }
  /** Ingests `files` (plus already-made outcomes, e.g. pasted text) and stores them in `dbName`. */
  | { type: 'add'; id: number; dbName: string; target: AddTarget; files: WorkerFile[]; outcomes: FileOutcome[] }
  | ({ type: 'extract'; id: number } & ExtractRequest)
  /** A stored corpus's documents for the metadata editor: metadata only, the texts stay in the worker. */
  | { type: 'list-documents'; id: number; dbName: string; corpusId: string }
  | { type: 'cancel'; id: number };

export type WorkerResponse =
  /** `version` identifies the pipeline build (the worker bundle's URL carries its content hash). */
  | { type: 'ready'; version: string }
  | { type: 'ingested'; id: number; outcomes: FileOutcome[] }
  /** Outcomes' documents carry only id and title: the texts stay in the worker and the database. */
  | { type: 'added'; id: number; corpus: CorpusMeta; outcomes: FileOutcome[] }
  | { type: 'document-list'; id: number; documents: StoredDocument[] }
  /** A slice of the next graph; the `partial`/`done`/`cancelled` message with `shape` completes it. */
  | ({ type: 'graph-part'; id: number } & GraphPart)
  | { type: 'progress'; id: number; done: number; total: number; current: string | null }
  | { type: 'analysed'; id: number; key: string }
  | { type: 'notice'; id: number; message: string }
  | { type: 'doc-error'; id: number; key: string; name: string; message: string }
  /** From the worker, graphs arrive in `graph-part`s: `graph` is null and `shape` says what to assemble. */
  | { type: 'partial'; id: number; graph: ActorGraph | null; shape?: GraphShape; done: number; total: number }
  | { type: 'done'; id: number; graph: ActorGraph | null; shape?: GraphShape }
  | { type: 'cancelled'; id: number; graph: ActorGraph | null; shape?: GraphShape; done: number }
  | { type: 'failed'; id: number; message: string };

/** Per-file size limit (bytes) and per-corpus document limit (the pipeline's), shown to users. */
export { MAX_FILE_BYTES, MAX_DOCUMENTS } from '../extract/01-ingest';

/** Partial graphs are posted at most this often, so big corpora don't flood the main thread. */
export const PARTIAL_INTERVAL_MS = 400;
/**
 * No partial graphs once the documents done hold more text than this (characters): the
 * page re-renders the whole explorer for each partial graph, and past a few hundred articles
 * that costs more than watching the graph grow is worth; the final graph comes at the end.
 */
export const PARTIAL_MAX_CHARS = 750_000;

/** Narrows an unknown message to a WorkerRequest (the worker trusts nothing it receives). */
export function isWorkerRequest(m: unknown): m is WorkerRequest {
  if (!m || typeof m !== 'object') return false;
  const r = m as { type?: unknown; id?: unknown };
  if (typeof r.id !== 'number') return false;
  if (r.type === 'cancel') return true;
  if (r.type === 'ingest') return Array.isArray((m as { files?: unknown }).files);
  if (r.type === 'list-documents') return typeof (m as { corpusId?: unknown }).corpusId === 'string';
  if (r.type === 'add') return Array.isArray((m as { files?: unknown }).files) && Array.isArray((m as { outcomes?: unknown }).outcomes);
  if (r.type === 'extract') {
    const x = m as { documents?: unknown; files?: unknown; corpusId?: unknown };
    return Array.isArray(x.documents) || Array.isArray(x.files) || typeof x.corpusId === 'string';
  }
  return false;
}
