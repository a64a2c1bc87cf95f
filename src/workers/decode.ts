/**
 * Bytes → text, or a reason the file is not usable text. Runs in the worker (a 20 MB file
 * must not be decoded on the main thread). Interim: delegates to the pipeline's ingest step
 * once that exposes byte decoding.
 */
import { MAX_FILE_BYTES } from './protocol';

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP/Office archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Share of C0 control characters other than tab/newline/CR/form feed: high means binary. */
function controlRatio(text: string): number {
  const n = Math.min(text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) bad++;
  }
  return n ? bad / n : 0;
}

/** Decodes a file's bytes as UTF-8 (or UTF-16 with a BOM, or Windows-1252 as a fallback). */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, reason: `over the size limit: ${mb(bytes.length)} > ${mb(MAX_FILE_BYTES)} per file` };
  for (const [name, sig] of MAGIC)
    if (sig.every((b, i) => bytes[i] === b)) return { ok: false, reason: `binary file (${name}), not text` };
  const warnings: string[] = [];
  let text: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  } else {
    const head = bytes.subarray(0, 8192);
    if (head.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      warnings.push('not valid UTF-8: decoded as Windows-1252, check accented characters');
    }
  }
  if (controlRatio(text) > 0.05) return { ok: false, reason: 'unreadable encoding: too many control characters for text' };
  if (!text.trim()) return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text, warnings };
}
