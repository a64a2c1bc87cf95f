/**
 * The browser database (IndexedDB via `idb`): corpora, their documents (metadata + raw text,
 * written before any extraction so a reload or crash loses nothing) and the extraction
 * cache (content-hash key → one document's analysis, shared by all corpora).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { InputDocument } from '../extract/index';
import type { DocAnalysis } from './pipeline';

export interface CorpusMeta {
  id: string;
  name: string;
  /** ISO timestamps. */
  created: string;
  updated: string;
  documentCount: number;
}

export interface StoredDocument {
  corpusId: string;
  /** Document id, unique within its corpus. */
  id: string;
  /** Position in the corpus (insertion order). */
  order: number;
  input: InputDocument;
  /** Hash of the raw text/html (metadata is hashed into the cache key separately). */
  contentHash: string;
  added: string;
}

export interface CachedAnalysis {
  key: string;
  analysis: DocAnalysis;
  at: string;
}

interface ParleyDB extends DBSchema {
  corpora: { key: string; value: CorpusMeta };
  documents: { key: [string, string]; value: StoredDocument; indexes: { byCorpus: string; byHash: string } };
  analyses: { key: string; value: CachedAnalysis };
}

export type CorpusDB = IDBPDatabase<ParleyDB>;

export const DB_NAME = 'parley';
/** 2: documents by content hash (deleting a corpus drops the analyses no other corpus uses). */
const DB_VERSION = 2;

const connections = new Map<string, Promise<CorpusDB>>();

/** Opens (once per name) the corpus database, creating its stores on first use. */
export function openCorpusDb(name = DB_NAME): Promise<CorpusDB> {
  let db = connections.get(name);
  if (!db) {
    db = openDB<ParleyDB>(name, DB_VERSION, {
      upgrade(d, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          d.createObjectStore('corpora', { keyPath: 'id' });
          d.createObjectStore('documents', { keyPath: ['corpusId', 'id'] }).createIndex('byCorpus', 'corpusId');
          d.createObjectStore('analyses', { keyPath: 'key' });
        }
        if (oldVersion < 2) tx.objectStore('documents').createIndex('byHash', 'contentHash');
      },
      blocking() {
        // Another tab upgrades the schema: let it, and reopen next time.
        void db?.then((c) => c.close());
        connections.delete(name);
      },
    });
    connections.set(name, db);
    db.catch(() => connections.delete(name));
  }
  return db;
}

/** Closes and forgets a connection (tests; schema upgrades). */
export async function closeCorpusDb(name = DB_NAME): Promise<void> {
  const db = connections.get(name);
  connections.delete(name);
  if (db) (await db).close();
}
