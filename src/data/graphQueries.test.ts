import { describe, expect, it } from 'vitest';
import { corpusGraphQuery, looksLikeSeedGraph } from './graphQueries';
import { parseActorGraph } from './parseGraph';
import { yemenGraph } from '../graph/__fixtures__/yemen';

describe('graph loading', () => {
  it('accepts a valid ActorGraph', () => {
    expect(parseActorGraph(JSON.parse(JSON.stringify(yemenGraph)), 'x.json').actors).toHaveLength(8);
  });

  it('rejects anything else with a message naming the file and the problem', () => {
    expect(() => parseActorGraph({ schema: 'nope' }, 'seed-graph.json')).toThrow(/seed-graph\.json is not a valid Parley actor graph \(schema: /);
    expect(() => parseActorGraph(null, 'a.json')).toThrow(/a\.json is not a valid Parley actor graph/);
  });

  it('recognises the pipeline\'s own output cheaply and sends anything else to the full check', () => {
    expect(looksLikeSeedGraph(JSON.parse(JSON.stringify(yemenGraph)))).toBe(true);
    expect(looksLikeSeedGraph({ schema: 'nope' })).toBe(false);
    expect(looksLikeSeedGraph({ ...yemenGraph, relations: undefined })).toBe(false);
    expect(looksLikeSeedGraph({ ...yemenGraph, corpus: null })).toBe(false);
    expect(looksLikeSeedGraph(null)).toBe(false);
    expect(looksLikeSeedGraph([])).toBe(false);
  });

  it('keys queries by corpus and never refetches a loaded graph on its own', () => {
    const q = corpusGraphQuery('seed');
    expect(q.queryKey).toEqual(['corpus-graph', 'seed']);
    expect(q.staleTime).toBe(Infinity);
    expect(q.retry).toBe(false);
  });
});
