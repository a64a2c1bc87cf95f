/**
 * Dropped files → per-file outcomes with input documents, on top of the pipeline's step 01
 * (decoding, rejection reasons, manifests — shared with the CLI). A manifest's `file`
 * entries are resolved among the files handed over with it, so a manifest and its texts can
 * be dropped together; entries given by URL are resolved among files named by that URL.
 */
import type { InputDocument } from '../extract/index';
import { decodeBytes, ingestFile, resolveEntry, type Ingested, type ManifestEntry } from '../extract/01-ingest';
import { hashString } from './hash';
import type { FileOutcome, IngestedDocument, WorkerFile } from './protocol';

const base = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** Ids end up in links and sentence ids: keep plain tokens, derive the rest from the content. */
function ingested(input: InputDocument, origin?: unknown): IngestedDocument {
  const contentHash = hashString(input.html ?? input.text ?? '');
  const id = input.id && /^[\w.:-]{1,80}$/.test(input.id) ? input.id : `d-${contentHash.slice(0, 12)}`;
  // An exported corpus carries each document's original origin: keep it (lossless import).
  return { input: { ...input, id, ...(typeof origin === 'string' && origin ? { origin } : {}) }, contentHash };
}

const reject = (name: string, reason: string): FileOutcome => ({ name, status: 'rejected', messages: [reason], documents: [] });

function fromResult(name: string, r: Ingested, origin?: unknown): FileOutcome {
  if (r.kind === 'rejected') return reject(name, r.reason);
  if (r.kind === 'manifest') return reject(name, 'a manifest cannot list another manifest');
  return { name, status: r.warnings.length ? 'warning' : 'accepted', messages: r.warnings, documents: r.documents.map((d) => ingested(d, origin)) };
}

/** The `origin` fields of a manifest's entries (step 01 replaces them with the file name). */
function rawOrigins(bytes: Uint8Array): unknown[] {
  try {
    const d = decodeBytes(bytes);
    return 'text' in d ? ((JSON.parse(d.text) as { documents: { origin?: unknown }[] }).documents ?? []).map((e) => e?.origin) : [];
  } catch {
    return [];
  }
}

/** Decodes and classifies dropped files. Never throws: every problem becomes an outcome. */
export function ingestFiles(files: WorkerFile[]): FileOutcome[] {
  const outcomes: FileOutcome[] = [];
  const singles = new Map<string, { bytes: Uint8Array; result: Ingested }>();
  const manifests: { name: string; bytes: Uint8Array; result: Extract<Ingested, { kind: 'manifest' }> }[] = [];
  for (const f of files) {
    const bytes = new Uint8Array(f.bytes);
    const result = ingestFile(f.name, bytes);
    if (result.kind === 'manifest') manifests.push({ name: f.name, bytes, result });
    else if (result.kind === 'rejected') outcomes.push(reject(f.name, result.reason));
    else singles.set(f.name, { bytes, result });
  }
  const used = new Set<string>();
  const find = (ref: string) => {
    for (const name of [ref, base(ref)]) {
      const hit = singles.get(name) ?? [...singles.entries()].find(([k]) => base(k) === name)?.[1];
      if (hit) {
        for (const [k, v] of singles) if (v === hit) used.add(k);
        return hit;
      }
    }
    return undefined;
  };
  for (const m of manifests) {
    const { title, entries, warnings } = m.result;
    const origins = rawOrigins(m.bytes);
    if (warnings.length) outcomes.push({ name: m.name, status: 'warning', messages: warnings, documents: [], manifestTitle: title });
    entries.forEach((e: ManifestEntry, i) => {
      const ref = e.file ?? e.fetchUrl;
      const name = `${base(m.name)} › ${ref ?? e.doc.title ?? `document ${i + 1}`}`;
      let o: FileOutcome;
      if (!ref) o = fromResult(name, { kind: 'documents', documents: [e.doc], warnings: [] }, origins[i]);
      else {
        const file = find(ref);
        o = file ? fromResult(name, resolveEntry(e, ref, file.bytes)) : reject(name, `"${ref}" was not provided with the manifest`);
      }
      outcomes.push({ ...o, manifestTitle: title });
    });
  }
  for (const [name, s] of singles) if (!used.has(name)) outcomes.push(fromResult(name, s.result));
  return outcomes;
}
