/**
 * Adapter between the extraction jobs and the pipeline's public API: the one place that
 * knows how a single document is analysed and how analyses become one ActorGraph.
 *
 * `analyse` is the expensive per-document step (text layer + semantic steps 05–09) whose
 * plain-JSON result is cached by content hash; `assemble` merges analyses (cross-document
 * merging, republished copies, corroboration, roles) into a graph.
 */
import {
  analyseDocument,
  assembleGraph,
  prepareDocument,
  type ActorGraph,
  type DocAnalysis,
  type InputDocument,
} from '../extract/index';

export type { DocAnalysis };

/** Runs the per-document part of the pipeline. Throws on documents it cannot handle. */
export function analyse(input: InputDocument, index: number): DocAnalysis {
  return analyseDocument(prepareDocument(input, index));
}

/** Assembles analysed documents (in corpus order) into one ActorGraph. */
export function assemble(analyses: DocAnalysis[], title: string | null): ActorGraph {
  return assembleGraph(analyses, { title });
}
