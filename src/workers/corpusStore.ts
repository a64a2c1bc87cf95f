/**
 * Corpus storage operations: list / create / rename / delete corpora, add, edit and remove
 * documents (with the per-corpus document limit and duplicate detection), and the
 * extraction cache. Every multi-record change runs in one transaction.
 */
import type { InputDocument } from '../extract/index';
import { MAX_DOCUMENTS, type IngestedDocument } from './protocol';
import { openCorpusDb, DB_NAME, type CorpusMeta, type StoredDocument } from './db';

export type { CorpusMeta, StoredDocument };

/** Metadata a user can edit; each change re-extracts that document (dates re-resolve). */
export type DocumentPatch = Partial<Pick<InputDocument, 'title' | 'source' | 'url' | 'author' | 'publishedAt'>>;

export interface AddResult {
  added: StoredDocument[];
  /** Documents not stored, with the reason (duplicate, corpus full). */
  skipped: { doc: IngestedDocument; reason: string }[];
}

const now = () => new Date().toISOString();
const newId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** Storage API bound to one database (tests use their own database names). */
export function corpusStore(dbName = DB_NAME) {
  const db = () => openCorpusDb(dbName);

  async function touch(corpusId: string, delta: number): Promise<void> {
    const d = await db();
    const tx = d.transaction('corpora', 'readwrite');
    const meta = await tx.store.get(corpusId);
    if (meta) await tx.store.put({ ...meta, documentCount: Math.max(0, meta.documentCount + delta), updated: now() });
    await tx.done;
  }

  return {
    dbName,

    /** All corpora, newest first. */
    async list(): Promise<CorpusMeta[]> {
      const all = await (await db()).getAll('corpora');
      return all.sort((a, b) => b.created.localeCompare(a.created) || a.id.localeCompare(b.id));
    },

    async get(id: string): Promise<CorpusMeta | undefined> {
      return (await db()).get('corpora', id);
    },

    async create(name: string): Promise<CorpusMeta> {
      const t = now();
      const meta: CorpusMeta = { id: newId(), name: name.trim() || 'Untitled corpus', created: t, updated: t, documentCount: 0 };
      await (await db()).add('corpora', meta);
      return meta;
    },

    async rename(id: string, name: string): Promise<void> {
      const d = await db();
      const tx = d.transaction('corpora', 'readwrite');
      const meta = await tx.store.get(id);
      if (!meta) throw new Error('This corpus no longer exists.');
      await tx.store.put({ ...meta, name: name.trim() || meta.name, updated: now() });
      await tx.done;
    },

    /**
     * Deletes a corpus, its documents, and the cached analyses of texts no other corpus holds
     * (analysis keys start with the content hash; another corpus with the same text keeps them).
     */
    async remove(id: string): Promise<void> {
      const d = await db();
      const tx = d.transaction(['corpora', 'documents', 'analyses'], 'readwrite');
      const docs = tx.objectStore('documents');
      const analyses = tx.objectStore('analyses');
      const hashes = new Set<string>();
      // A cursor reads one document per step, so a big corpus never makes one long task.
      for (let c = await docs.index('byCorpus').openCursor(id); c; c = await c.continue()) {
        hashes.add(c.value.contentHash);
        await c.delete();
      }
      for (const h of hashes) {
        if (!h || (await docs.index('byHash').count(h)) > 0) continue;
        await analyses.delete(IDBKeyRange.bound(`${h}-`, `${h}-\uffff`));
      }
      await tx.objectStore('corpora').delete(id);
      await tx.done;
    },

    /** The corpus's documents in insertion order. */
    async documents(corpusId: string): Promise<StoredDocument[]> {
      const docs = await (await db()).getAllFromIndex('documents', 'byCorpus', corpusId);
      return docs.sort((a, b) => a.order - b.order);
    },

    /** The corpus's documents in order without their texts (what a list of documents shows). */
    async documentsMeta(corpusId: string): Promise<StoredDocument[]> {
      return (await this.documents(corpusId)).map((d) => {
        const { text: _text, html: _html, ...input } = d.input;
        return { ...d, input };
      });
    },

    /** Stores documents (before extraction), skipping duplicates and anything over the limit. */
    async addDocuments(corpusId: string, incoming: IngestedDocument[]): Promise<AddResult> {
      const d = await db();
      const tx = d.transaction(['corpora', 'documents'], 'readwrite');
      const meta = await tx.objectStore('corpora').get(corpusId);
      if (!meta) throw new Error('This corpus no longer exists.');
      const docs = tx.objectStore('documents');
      const existing = await docs.index('byCorpus').getAll(corpusId);
      const ids = new Set(existing.map((x) => x.id));
      const hashes = new Map(existing.map((x) => [x.contentHash, x.input.title ?? x.input.origin ?? x.id]));
      let order = existing.reduce((m, x) => Math.max(m, x.order + 1), 0);
      const result: AddResult = { added: [], skipped: [] };
      for (const doc of incoming) {
        if (ids.size >= MAX_DOCUMENTS) {
          result.skipped.push({ doc, reason: `corpus is full: at most ${MAX_DOCUMENTS.toLocaleString('en')} documents per corpus` });
          continue;
        }
        const same = hashes.get(doc.contentHash);
        if (same !== undefined) {
          result.skipped.push({ doc, reason: `same text as "${same}", already in this corpus` });
          continue;
        }
        const baseId = doc.input.id ?? `d-${doc.contentHash.slice(0, 12)}`;
        let id = baseId;
        for (let n = 2; ids.has(id); n++) id = `${baseId}-${n}`;
        const stored: StoredDocument = { corpusId, id, order: order++, input: { ...doc.input, id }, contentHash: doc.contentHash, added: now() };
        await docs.put(stored);
        ids.add(id);
        hashes.set(doc.contentHash, doc.input.title ?? doc.input.origin ?? id);
        result.added.push(stored);
      }
      await tx.objectStore('corpora').put({ ...meta, documentCount: ids.size, updated: now() });
      await tx.done;
      return result;
    },

    async updateDocument(corpusId: string, docId: string, patch: DocumentPatch): Promise<StoredDocument> {
      const d = await db();
      const tx = d.transaction('documents', 'readwrite');
      const doc = await tx.store.get([corpusId, docId]);
      if (!doc) throw new Error('This document no longer exists.');
      const input = { ...doc.input };
      for (const [k, v] of Object.entries(patch) as [keyof DocumentPatch, string | null | undefined][])
        if (v !== undefined) input[k] = typeof v === 'string' && v.trim() ? v.trim() : null;
      const next = { ...doc, input };
      await tx.store.put(next);
      await tx.done;
      await touch(corpusId, 0);
      return next;
    },

    async removeDocument(corpusId: string, docId: string): Promise<void> {
      await (await db()).delete('documents', [corpusId, docId]);
      await touch(corpusId, -1);
    },
  };
}

export type CorpusStore = ReturnType<typeof corpusStore>;
