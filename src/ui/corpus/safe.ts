/**
 * Helpers for showing untrusted strings (file names, titles, outlets, URLs) as plain text.
 * React escapes text children; these add what escaping does not cover: no bidi overrides
 * or control characters that disguise names, bounded lengths, and links only for http(s).
 */

// Bidi embeddings/overrides/isolates and C0/C1 controls (except tab/newline) can make a
// file name read differently from what it is ("evil\u202Etxt.exe").
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A display-safe single-line version of an untrusted string, truncated to `max` characters. */
export function plain(s: unknown, max = 160): string {
  const t = String(s ?? '')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The URL as an href when it is an absolute http(s) URL, else null (javascript:, data:, …). */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string' || !url.trim()) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "1,234 documents" / "1 document". */
export const countLabel = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
