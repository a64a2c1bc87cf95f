/**
 * The extraction pipeline's public API: the same code runs in the CLI (Node) and in the
 * browser's Web Worker. (Initial version: text layer only; semantic steps come next.)
 */
import { SCHEMA_ID, type ActorGraph, type InputDocument } from './schema';
import { prepareDocument } from './prepare';

export * from './schema';
export type { PreparedDocument, Token } from './types';
export { prepareDocument };

export interface ExtractOptions {
  /** Corpus title, e.g. from a manifest. */
  title?: string | null;
}

/** Runs the whole pipeline over a corpus and returns one ActorGraph. */
export function extractCorpus(inputs: InputDocument[], opts: ExtractOptions = {}): ActorGraph {
  const docs = inputs.map((d, i) => prepareDocument(d, i));
  return {
    schema: SCHEMA_ID,
    corpus: { id: 'corpus', title: opts.title ?? null },
    documents: docs.map((d) => ({
      id: d.id,
      title: d.title,
      source: d.source,
      url: d.url,
      author: d.author,
      publishedAt: d.publishedAt,
      text: d.text,
      sentences: d.sentences,
      warnings: d.warnings,
    })),
    actors: [],
    relations: [],
  };
}
