/**
 * react-query options for loading a corpus's ActorGraph. The built-in seed corpus is the
 * pipeline's build-time output; other corpus keys (stored corpora, manifest URLs) are
 * added by the corpus loader.
 */
import { queryOptions } from '@tanstack/react-query';
import { SCHEMA_ID, type ActorGraph } from '../extract/schema';

/** URL of the seed graph, relative to the page so the app works from any sub-path. */
export const SEED_GRAPH_URL = './generated/seed-graph.json';

/**
 * Cheap shape check for the built-in seed graph. It is written at build time by our own
 * typed pipeline, so a full zod pass over every sentence and offset (tens of ms on a slow
 * machine, in one main-thread task) buys nothing there; this catches a stale or foreign
 * file (wrong schema id, missing top-level collections). Anything else — stored corpora,
 * manifest URLs — is extracted and validated elsewhere.
 */
export function looksLikeSeedGraph(json: unknown): json is ActorGraph {
  if (!json || typeof json !== 'object') return false;
  const g = json as Record<string, unknown>;
  return (
    g.schema === SCHEMA_ID &&
    !!g.corpus &&
    typeof g.corpus === 'object' &&
    ['documents', 'actors', 'relations'].every((k) => Array.isArray(g[k]))
  );
}

async function fetchGraph(url: string): Promise<ActorGraph> {
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-cache' });
  } catch {
    throw new Error(`Could not reach ${url}. Check your connection and reload.`);
  }
  if (!res.ok) throw new Error(`Could not load ${url} (HTTP ${res.status}). Run \`npm run seed-graph\` or rebuild.`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error(`${url} is not valid JSON.`);
  }
  if (looksLikeSeedGraph(json)) return json;
  // Not our build output: the full contract check explains what is wrong with it.
  const { parseActorGraph } = await import('./parseGraph');
  return parseActorGraph(json, url);
}

/** Query options for the graph of a corpus key ('seed' = the built-in corpus). */
export function corpusGraphQuery(corpusKey: string) {
  return queryOptions({
    queryKey: ['corpus-graph', corpusKey] as const,
    queryFn: (ctx): Promise<ActorGraph> => {
      if (corpusKey === 'seed') return fetchGraph(SEED_GRAPH_URL);
      // Stored corpora ('local:<id>') and manifest URLs: extracted in the worker (corpusQueries).
      // Loaded on demand so the extraction code stays out of the seed corpus's first paint.
      return import('./corpusQueries').then((m) => m.loadCorpusGraph(corpusKey, ctx));
    },
    staleTime: Infinity,
    retry: false,
    // Graphs are replaced whole (partial graphs while extracting): deep-comparing big graphs
    // on every update would block the main thread for nothing.
    structuralSharing: false,
  });
}
