/**
 * Corpus keys as kept in ViewState.corpus (and so in shared links): 'seed' (built in),
 * 'local:<id>' (stored in this browser) or a manifest URL (relative or absolute).
 */

export type CorpusRef = { kind: 'seed' } | { kind: 'local'; id: string } | { kind: 'url'; url: string };

export const SEED_KEY = 'seed';
const LOCAL = 'local:';

/** The corpus key of a stored corpus. */
export const localKey = (id: string): string => `${LOCAL}${id}`;

/** Classifies a corpus key; URLs are resolved against `base` and must be http(s). */
export function parseCorpusKey(key: string, base = globalThis.location?.href ?? 'http://localhost/'): CorpusRef | null {
  if (!key || key === SEED_KEY) return { kind: 'seed' };
  if (key.startsWith(LOCAL)) return key.length > LOCAL.length ? { kind: 'local', id: key.slice(LOCAL.length) } : null;
  try {
    const url = new URL(key, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? { kind: 'url', url: url.href } : null;
  } catch {
    return null;
  }
}

/** Cache keys are made where the documents are read: beside the worker. */
export { analysisKey } from '../../workers/storedJob';
