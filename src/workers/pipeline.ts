/**
 * Adapter between the extraction jobs and the pipeline's public API: the one place that
 * knows how a single document is analysed and how analyses become one ActorGraph.
 *
 * `analyse` is the expensive per-document step whose result is cached by content hash;
 * `assemble` merges analyses (cross-document merging, corroboration) into a graph.
 */
import { extractCorpus, prepareDocument, type ActorGraph, type InputDocument } from '../extract/index';

/**
 * A document's analysis as plain JSON (structured-clone and IndexedDB safe).
 * Interim shape: the prepared text layer; the semantic steps run in `assemble`.
 */
export interface DocAnalysis {
  v: 1;
  input: InputDocument;
  warnings: string[];
  publishedAt: string | null;
}

/** Runs the per-document part of the pipeline. Throws on documents it cannot handle. */
export function analyse(input: InputDocument, index: number): DocAnalysis {
  const prepared = prepareDocument(input, index);
  return { v: 1, input: { ...input, id: prepared.id }, warnings: prepared.warnings, publishedAt: prepared.publishedAt };
}

/** Assembles analysed documents (in corpus order) into one ActorGraph. */
export function assemble(analyses: DocAnalysis[], title: string | null): ActorGraph {
  return extractCorpus(
    analyses.map((a) => a.input),
    { title },
  );
}
