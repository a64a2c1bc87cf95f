/**
 * Dropped files → per-file outcomes with input documents: `.txt`, `.html`, single-document
 * `.json` and corpus manifests (contracts.md §1). A manifest's `file` entries are resolved
 * among the files handed over with it, so a manifest and its texts can be dropped together.
 */
import type { InputDocument } from '../extract/index';
import { decodeBytes } from './decode';
import { hashString } from './hash';
import { MAX_DOCUMENTS, type FileOutcome, type IngestedDocument, type WorkerFile } from './protocol';

type Json = Record<string, unknown>;

const META = ['title', 'source', 'url', 'author', 'publishedAt'] as const;

const str = (v: unknown, max = 2000): string | null => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null);
const ext = (name: string) => (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase();
const base = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** A stable id: the given one when it is a plain token, else derived from the content. */
function docId(given: unknown, contentHash: string): string {
  const id = str(given, 80);
  return id && /^[\w.:-]+$/.test(id) ? id : `d-${contentHash.slice(0, 12)}`;
}

/** Builds an ingested document from a JSON-ish record holding text or html. */
function fromRecord(rec: Json, origin: string, body: { text?: string; html?: string }): IngestedDocument {
  const raw = body.html ?? body.text ?? '';
  const contentHash = hashString(raw);
  // An exported corpus carries each document's original origin: keep it (lossless import).
  const input: InputDocument = { id: docId(rec.id, contentHash), origin: str(rec.origin, 500) ?? origin, ...body };
  for (const k of META) input[k] = str(rec[k]);
  if (input.publishedAt && Number.isNaN(Date.parse(input.publishedAt))) input.publishedAt = null;
  return { input, contentHash };
}

const looksHtml = (name: string, text: string) =>
  ['html', 'htm', 'xhtml'].includes(ext(name)) || /^\s*<(!doctype html|html[\s>])/i.test(text);

function single(name: string, text: string, warnings: string[]): FileOutcome {
  const doc = fromRecord({}, name, looksHtml(name, text) ? { html: text } : { text });
  return { name, status: warnings.length ? 'warning' : 'accepted', messages: warnings, documents: [doc] };
}

const reject = (name: string, reason: string): FileOutcome => ({ name, status: 'rejected', messages: [reason], documents: [] });

/** One manifest entry → outcome; `files` holds the decoded texts dropped alongside. */
function manifestEntry(manifest: string, e: Json, i: number, files: Map<string, string>): FileOutcome {
  const file = str(e.file);
  const name = `${base(manifest)} › ${file ?? str(e.title, 80) ?? `document ${i + 1}`}`;
  if (typeof e.text === 'string' && e.text.trim()) return { ...okOutcome(name), documents: [fromRecord(e, name, { text: e.text })] };
  if (typeof e.html === 'string' && e.html.trim()) return { ...okOutcome(name), documents: [fromRecord(e, name, { html: e.html })] };
  if (file) {
    const text = files.get(file) ?? files.get(base(file));
    if (text === undefined) return reject(name, `file "${file}" was not provided with the manifest`);
    return { ...okOutcome(name), documents: [fromRecord(e, name, looksHtml(file, text) ? { html: text } : { text })] };
  }
  return reject(name, 'manifest entry has no text, html or file');
}

const okOutcome = (name: string): FileOutcome => ({ name, status: 'accepted', messages: [], documents: [] });

/** Decodes and classifies dropped files. Never throws: every problem becomes an outcome. */
export function ingestFiles(files: WorkerFile[]): FileOutcome[] {
  const outcomes: FileOutcome[] = [];
  const texts = new Map<string, { text: string; warnings: string[] }>();
  const manifests: { name: string; json: Json }[] = [];
  for (const f of files) {
    const d = decodeBytes(new Uint8Array(f.bytes));
    if (!d.ok) {
      outcomes.push(reject(f.name, d.reason));
      continue;
    }
    if (ext(f.name) === 'json') {
      let json: unknown;
      try {
        json = JSON.parse(d.text);
      } catch {
        outcomes.push(reject(f.name, 'not a manifest or document: invalid JSON'));
        continue;
      }
      const j = (json && typeof json === 'object' ? json : {}) as Json;
      if (Array.isArray(j.documents)) manifests.push({ name: f.name, json: j });
      else if (typeof j.text === 'string' || typeof j.html === 'string') {
        const body = typeof j.html === 'string' ? { html: j.html } : { text: j.text as string };
        if (!(body.html ?? body.text ?? '').trim()) outcomes.push(reject(f.name, 'empty document: no text'));
        else outcomes.push({ name: f.name, status: d.warnings.length ? 'warning' : 'accepted', messages: d.warnings, documents: [fromRecord(j, f.name, body)] });
      } else outcomes.push(reject(f.name, 'not a manifest or document: needs "documents" or "text"'));
      continue;
    }
    texts.set(f.name, d);
  }
  const used = new Set<string>();
  const fileTexts = new Map([...texts].map(([k, v]) => [k, v.text]));
  for (const m of manifests) {
    const entries = (m.json.documents as unknown[]).filter((e): e is Json => !!e && typeof e === 'object');
    const title = str(m.json.title, 300);
    if (!entries.length) outcomes.push(reject(m.name, 'not a manifest: "documents" is empty'));
    entries.slice(0, MAX_DOCUMENTS).forEach((e, i) => {
      const o = manifestEntry(m.name, e, i, fileTexts);
      o.manifestTitle = title;
      if (typeof e.file === 'string') used.add(e.file).add(base(e.file));
      outcomes.push(o);
    });
    if (entries.length > MAX_DOCUMENTS)
      outcomes.push(reject(m.name, `${entries.length - MAX_DOCUMENTS} documents over the limit of ${MAX_DOCUMENTS} per corpus were skipped`));
  }
  for (const [name, d] of texts) if (!used.has(name) && !used.has(base(name))) outcomes.push(single(name, d.text, d.warnings));
  return outcomes;
}
