/**
 * Corpus export: one JSON file that is a valid corpus manifest (contracts.md §1) with every
 * text inline, so Parley (or the CLI) can import it elsewhere without losing anything.
 */
import type { CorpusMeta, StoredDocument } from './db';

export const CORPUS_FORMAT = 'parley/corpus@1';

export interface ExportedDocument {
  id: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  origin?: string | null;
  text?: string;
  html?: string;
}

const FIELDS = ['title', 'source', 'url', 'author', 'publishedAt', 'origin'] as const;

export interface CorpusExport {
  format: typeof CORPUS_FORMAT;
  title: string;
  exported: string;
  documents: ExportedDocument[];
}

/** Builds the export object for a corpus (documents in corpus order). */
export function toCorpusExport(meta: CorpusMeta, docs: StoredDocument[], exported = new Date().toISOString()): CorpusExport {
  return {
    format: CORPUS_FORMAT,
    title: meta.name,
    exported,
    documents: [...docs]
      .sort((a, b) => a.order - b.order)
      .map(({ id, input }) => {
        const out: ExportedDocument = { id };
        // Absent stays absent and null stays null, so an import gives back the same records.
        for (const k of FIELDS) if (input[k] !== undefined) out[k] = input[k];
        if (input.html !== undefined) out.html = input.html;
        else out.text = input.text ?? '';
        return out;
      }),
  };
}

/** A safe download file name derived from the corpus name. */
export function exportFileName(meta: CorpusMeta): string {
  const slug = meta.name
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'corpus'}.parley-corpus.json`;
}
