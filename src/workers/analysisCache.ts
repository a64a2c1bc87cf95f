/**
 * The extraction cache (content-hash key → one document's analysis) in IndexedDB, read and
 * written by the extraction job itself — in the worker, so cloning and storing analyses
 * never costs the main thread anything.
 */
import { openCorpusDb } from './db';
import type { DocAnalysis } from './pipeline';

export interface AnalysisCache {
  get(keys: string[]): Promise<Map<string, DocAnalysis>>;
  put(key: string, analysis: DocAnalysis): Promise<void>;
}

/** The cache in database `dbName`, or null where IndexedDB is unavailable. */
export function idbAnalysisCache(dbName: string): AnalysisCache | null {
  if (typeof indexedDB === 'undefined') return null;
  return {
    async get(keys) {
      const tx = (await openCorpusDb(dbName)).transaction('analyses');
      const found = await Promise.all(keys.map((k) => tx.store.get(k)));
      await tx.done;
      const out = new Map<string, DocAnalysis>();
      found.forEach((f) => f && out.set(f.key, f.analysis));
      return out;
    },
    async put(key, analysis) {
      await (await openCorpusDb(dbName)).put('analyses', { key, analysis, at: new Date().toISOString() });
    },
  };
}
