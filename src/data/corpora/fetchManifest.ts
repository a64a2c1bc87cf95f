/**
 * `?corpus=<manifest URL>`: fetches a manifest and the files it lists (relative to the
 * manifest) as bytes for the extraction job to decode in the worker, and reports every file
 * it could not get. Limits apply as for uploads; nothing here renders or evaluates what it fetches.
 */
import { MAX_DOCUMENTS, MAX_FILE_BYTES, type FileOutcome, type WorkerFile } from '../../workers/protocol';

export interface FetchedCorpus {
  title: string | null;
  /** The manifest (as `manifest.json`) and the files it lists, for the job to ingest. */
  files: WorkerFile[];
  /** Files that could not be downloaded, with the reason. */
  failed: FileOutcome[];
}

const PARALLEL = 4;

async function fetchBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const res = await fetch(url, { signal, credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const len = Number(res.headers.get('content-length') ?? 0);
  if (len > MAX_FILE_BYTES) throw new Error(`over the size limit of ${MAX_FILE_BYTES / 1024 / 1024} MB per file`);
  return res.arrayBuffer();
}

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Loads the manifest at `url` and its files; per-file failures become rejected outcomes. */
export async function fetchManifestCorpus(
  url: string,
  opts: { signal?: AbortSignal; onProgress?: (done: number, total: number, current: string) => void } = {},
): Promise<FetchedCorpus> {
  let bytes: ArrayBuffer;
  try {
    bytes = await fetchBytes(url, opts.signal);
  } catch (e) {
    if (opts.signal?.aborted) throw e;
    // Another site must serve the corpus over https and allow it by CORS; the browser hides why it failed.
    const foreign = e instanceof TypeError && globalThis.location && new URL(url).origin !== globalThis.location.origin;
    const hint = foreign
      ? ' Another site must serve it over https and allow cross-origin reads (CORS); otherwise download the manifest and its files, then use Add articles.'
      : ' Check the ?corpus= link.';
    throw new Error(`Could not load the corpus manifest (${why(e)}).${hint}`, { cause: e });
  }
  let manifest: { title?: unknown; documents?: unknown };
  try {
    manifest = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Error('The ?corpus= link does not point to a corpus manifest (not valid JSON).');
  }
  if (!manifest || !Array.isArray(manifest.documents))
    throw new Error('The ?corpus= link does not point to a corpus manifest (no "documents" list).');
  const entries = (manifest.documents.slice(0, MAX_DOCUMENTS) as Record<string, unknown>[]).map((e) => (e && typeof e === 'object' ? { ...e } : e));
  // Entries given only by URL are fetched too, under a synthetic file name.
  const wanted = new Map<string, string>();
  entries.forEach((e, i) => {
    if (!e || typeof e !== 'object' || typeof e.text === 'string' || typeof e.html === 'string') return;
    if (typeof e.file === 'string') wanted.set(e.file, new URL(e.file, url).href);
    else if (typeof e.url === 'string' && /^https?:/i.test(e.url)) {
      const file = `document-${i + 1}.html`;
      e.file = file;
      wanted.set(file, e.url);
    }
  });
  const names = [...wanted.keys()];
  const files: WorkerFile[] = [];
  const failed: FileOutcome[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++];
      opts.onProgress?.(done, names.length, name);
      try {
        files.push({ name, bytes: await fetchBytes(wanted.get(name)!, opts.signal) });
      } catch (e) {
        if (opts.signal?.aborted) throw e;
        failed.push({ name, status: 'rejected', messages: [`could not be downloaded (${why(e)})`], documents: [] });
      }
      done++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, names.length) }, worker));
  const manifestFile = { name: 'manifest.json', bytes: new TextEncoder().encode(JSON.stringify({ ...manifest, documents: entries })).buffer as ArrayBuffer };
  return { title: typeof manifest.title === 'string' ? manifest.title : null, files: [manifestFile, ...files], failed };
}

/** Download failures plus the job's ingest outcomes, without repeating a failure as "not provided". */
export function withDownloadFailures(failed: FileOutcome[], outcomes: FileOutcome[]): FileOutcome[] {
  const missing = [...new Set(failed.map((f) => f.name))];
  return [...failed, ...outcomes.filter((o) => !(o.status === 'rejected' && missing.some((m) => o.name.endsWith(`› ${m}`))))];
}
