/**
 * Step 01 — decoding input files (contracts.md §1), shared by the CLI and the browser
 * upload. Pure: bytes in, documents / a manifest / a rejection out; the caller reads files
 * and resolves a manifest's `file` and `url` entries.
 */
import type { InputDocument } from './schema';

/** Largest accepted input file; the CLI checks it before reading (stat), the browser before loading. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest corpus, in documents. */
export const MAX_DOCUMENTS = 2000;

/** A manifest entry: metadata (and inline text/html) plus where its content lives. */
export interface ManifestEntry {
  doc: InputDocument;
  /** Path relative to the manifest, to be read by the caller. */
  file?: string;
  /** URL to fetch when there is neither file nor inline text. */
  fetchUrl?: string;
  /** Declared format of the file ("text" | "html"), when the manifest says. */
  format?: string;
}

export type Ingested =
  | { kind: 'documents'; documents: InputDocument[]; warnings: string[] }
  | { kind: 'manifest'; title: string | null; entries: ManifestEntry[]; warnings: string[] }
  | { kind: 'rejected'; reason: string };

const reject = (reason: string): Ingested => ({ kind: 'rejected', reason });
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A size check usable before reading the file. Returns a reason, or null when fine. */
export function sizeProblem(size: number): string | null {
  if (size === 0) return 'empty file';
  if (size > MAX_FILE_BYTES) return `file too large (${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)})`;
  return null;
}

/** File name without directories and extension: the default document id. */
export function baseName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? name;
  return last.replace(/\.[^.]+$/, '') || last || 'document';
}

const extOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Detects binary content: NUL bytes, or many control characters, in the first 64 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control / Math.max(1, n) > 0.05;
}

// Bytes 0x80–0x9F of Windows-1252; some runtimes' TextDecoder treats the label as Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Windows-1252 decoding that does not depend on the runtime's ICU data. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/**
 * Bytes → text: BOM-marked UTF-16/UTF-8, else strict UTF-8, else Windows-1252 (with a
 * warning). Returns a reason instead when the bytes are not text.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; warnings: string[] } | { reason: string } {
  const size = sizeProblem(bytes.length);
  if (size) return { reason: size };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  if (looksBinary(bytes)) return { reason: 'binary file (not text)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), warnings: [] };
  } catch {
    return { text: decodeWindows1252(bytes), warnings: ['not valid UTF-8: decoded as Windows-1252'] };
  }
}

const str = (v: unknown): string | null | undefined => (typeof v === 'string' ? v : v === null ? null : undefined);

/** The known string fields of a document-like object; everything else is ignored. */
function metadata(o: Record<string, unknown>): InputDocument {
  const doc: InputDocument = {};
  for (const k of ['id', 'title', 'source', 'url', 'author', 'publishedAt'] as const) {
    const v = str(o[k]);
    if (k === 'id') {
      if (typeof v === 'string' && v.trim()) doc.id = v.trim();
    } else if (v !== undefined) doc[k] = v;
  }
  if (typeof o.text === 'string') doc.text = o.text;
  if (typeof o.html === 'string') doc.html = o.html;
  return doc;
}

function fromJson(fileName: string, text: string, warnings: string[]): Ingested {
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch (e) {
    return reject(`invalid JSON: ${(e as Error).message}`);
  }
  if (!j || typeof j !== 'object' || Array.isArray(j))
    return reject('JSON is neither a document ({ "text" | "html", … }) nor a manifest ({ "documents": [ … ] })');
  const o = j as Record<string, unknown>;
  if (Array.isArray(o.documents)) {
    const entries: ManifestEntry[] = [];
    o.documents.forEach((raw, n) => {
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return void warnings.push(`manifest entry ${n + 1} is not an object; skipped`);
      const e = raw as Record<string, unknown>;
      const doc = metadata(e);
      const file = typeof e.file === 'string' && e.file.trim() ? e.file.trim() : undefined;
      const inline = doc.text !== undefined || doc.html !== undefined;
      const fetchUrl = !file && !inline && typeof e.url === 'string' ? e.url : undefined;
      if (!file && !inline && !fetchUrl) return void warnings.push(`manifest entry ${n + 1} has no "file", "url" or "text"; skipped`);
      doc.id ??= file ? baseName(file) : inline ? `${baseName(fileName)}-${n + 1}` : undefined;
      doc.origin = file ?? fetchUrl ?? `${fileName}#${n + 1}`;
      entries.push({ doc, file, fetchUrl, format: typeof e.format === 'string' ? e.format : undefined });
    });
    if (entries.length > MAX_DOCUMENTS) {
      warnings.push(`manifest lists ${entries.length} documents; only the first ${MAX_DOCUMENTS} are used`);
      entries.length = MAX_DOCUMENTS;
    }
    if (!entries.length) return reject('manifest has no usable documents');
    return { kind: 'manifest', title: typeof o.title === 'string' ? o.title : null, entries, warnings };
  }
  if (typeof o.text === 'string' || typeof o.html === 'string') {
    const doc = metadata(o);
    doc.id ??= baseName(fileName);
    doc.origin = fileName;
    if (!(doc.html ?? doc.text ?? '').trim()) return reject('document has empty "text"/"html"');
    return { kind: 'documents', documents: [doc], warnings };
  }
  return reject('JSON is neither a document ({ "text" | "html", … }) nor a manifest ({ "documents": [ … ] })');
}

/** Which reader a file needs, from its extension, a declared format, or a sniff of its start. */
function formatOf(fileName: string, text: string, declared?: string): 'json' | 'html' | 'text' {
  if (declared === 'html' || declared === 'text' || declared === 'json') return declared;
  const ext = extOf(fileName);
  if (ext === 'json') return 'json';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text' || ext === 'md') return 'text';
  const start = text.trimStart().slice(0, 512);
  if (start.startsWith('{')) return 'json';
  if (/^<(?:!doctype\s+html|html|head|body|article|p|div)\b/i.test(start)) return 'html';
  return 'text';
}

/**
 * Decodes one input file. `declaredFormat` is a manifest entry's `format`. Never throws.
 */
export function ingestFile(fileName: string, bytes: Uint8Array, declaredFormat?: string): Ingested {
  const decoded = decodeBytes(bytes);
  if ('reason' in decoded) return reject(decoded.reason);
  const text = decoded.text.replace(/^\uFEFF/, '');
  const warnings = [...decoded.warnings];
  if (!text.trim()) return reject('empty file (only whitespace)');
  const format = formatOf(fileName, text, declaredFormat);
  if (format === 'json') return fromJson(fileName, text, warnings);
  const doc: InputDocument = { id: baseName(fileName), origin: fileName };
  if (format === 'html') doc.html = text;
  else doc.text = text;
  return { kind: 'documents', documents: [doc], warnings };
}

/**
 * Completes a manifest entry with its file's content: the manifest's metadata wins over
 * what the file says (except that a JSON document file may supply what the entry lacks).
 */
export function resolveEntry(entry: ManifestEntry, fileName: string, bytes: Uint8Array): Ingested {
  const got = ingestFile(fileName, bytes, entry.format);
  if (got.kind === 'rejected') return got;
  if (got.kind === 'manifest') return reject('a manifest cannot list another manifest');
  const [doc] = got.documents;
  const meta = Object.fromEntries(Object.entries(entry.doc).filter(([k, v]) => v !== undefined && v !== null && k !== 'text' && k !== 'html'));
  return { kind: 'documents', documents: [{ ...doc, ...meta }], warnings: got.warnings };
}
