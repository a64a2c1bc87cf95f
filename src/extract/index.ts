/**
 * The extraction pipeline's public API: the same code runs in the CLI (Node) and in the
 * browser's Web Worker. Text layer: steps 01–04 (prepareDocument). Semantic layer: steps
 * 05–09 per document (analyseDocument → plain-JSON DocAnalysis, cacheable by hashText of
 * the text) and 10–12 over the corpus (assembleGraph).
 */
import type { ActorGraph, InputDocument } from './schema';
import { prepareDocument } from './prepare';
import { analyse, assembleGraph, hashText, type AssembleOptions, type DocAnalysis } from './12-assemble';
import type { PreparedDocument } from './types';

export * from './schema';
export type { PreparedDocument, Token } from './types';
export type { DocAnalysis, AssembleOptions };
export { prepareDocument, assembleGraph, hashText };

export interface ExtractOptions {
  /** Corpus title, e.g. from a manifest. */
  title?: string | null;
}

/** Semantic analysis of one prepared document (actors, relations); serialisable. */
export function analyseDocument(prepared: PreparedDocument): DocAnalysis {
  return analyse(prepared);
}

/** Runs the whole pipeline over a corpus and returns one ActorGraph. */
export function extractCorpus(inputs: InputDocument[], opts: ExtractOptions = {}): ActorGraph {
  const analyses = inputs.map((d, i) => analyseDocument(prepareDocument(d, i)));
  return assembleGraph(analyses, { title: opts.title ?? null });
}
