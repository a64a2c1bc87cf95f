/**
 * Turns a stored corpus into an extraction job's documents, reading the database directly:
 * in the worker, so the texts never travel through the main thread.
 */
import type { InputDocument } from '../extract/index';
import { corpusStore } from './corpusStore';
import type { StoredDocument } from './db';
import { hashString } from './hash';
import type { JobDocument } from './protocol';

/**
 * The extraction cache key of one document: its content hash, everything in its metadata the
 * pipeline reads (the date anchors relative dates; ids appear in sentence ids), and the
 * pipeline build — so editing a date or updating Parley never serves a stale analysis.
 * Keys start with the content hash: deleting a corpus finds its texts' analyses by prefix.
 */
export function analysisKey(version: string, contentHash: string, input: InputDocument): string {
  const meta = [input.id, input.title, input.source, input.url, input.author, input.publishedAt, input.html !== undefined];
  return `${contentHash}-${hashString(JSON.stringify([version, meta]))}`;
}

/** What to show for a stored document: its title, else the file it came from, else its id. */
export const displayName = (d: StoredDocument): string => d.input.title ?? d.input.origin ?? d.id;

/** The corpus's name and job documents in corpus order, or null if it does not exist. */
export async function storedJobDocuments(dbName: string, corpusId: string, version: string): Promise<{ title: string; documents: JobDocument[] } | null> {
  const store = corpusStore(dbName);
  const meta = await store.get(corpusId);
  if (!meta) return null;
  const docs = await store.documents(corpusId);
  return {
    title: meta.name,
    documents: docs.map((d) => ({ key: analysisKey(version, d.contentHash, d.input), name: displayName(d), input: d.input })),
  };
}
