import { describe, expect, it } from 'vitest';
import type { ActorGraph, GraphDocument } from '../extract/index';
import { GraphReceiver, GraphSender, type GraphPart } from './graphStream';

const doc = (i: number, chars = 1000): GraphDocument => ({
  id: `d${i}`,
  text: 'x'.repeat(chars),
  sentences: [{ id: `d${i}-s0`, start: 0, end: chars, dates: [] }],
});

function graph(nDocs: number, nActors: number, chars = 1000): ActorGraph {
  const actors = Array.from({ length: nActors }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    kind: 'state' as const,
    aliases: [],
    affiliation: null,
    roles: [],
    mentions: Array.from({ length: 50 }, (__, k) => ({ doc: `d${k % Math.max(nDocs, 1)}`, sentence: 's', start: 0, end: 1 })),
  }));
  const relations = actors.slice(1).map((a, i) => ({
    id: `r${i}`,
    source: 'a0',
    target: a.id,
    type: 'supports',
    family: 'support',
    negated: false,
    evidence: [{ doc: 'd0', sentence: 'd0-s0', text: 'x' }],
  }));
  return { schema: 'parley/actor-graph@1', corpus: { id: 'c', title: 'T' }, documents: Array.from({ length: nDocs }, (_, i) => doc(i, chars)), actors, relations } as unknown as ActorGraph;
}

/** Sends through structured clone, as postMessage would. */
function transmit(sender: GraphSender, receiver: GraphReceiver, g: ActorGraph): { parts: GraphPart[]; graph: ActorGraph } {
  const { parts, shape } = sender.split(g);
  for (const p of parts) receiver.accept(structuredClone(p));
  return { parts, graph: receiver.finish(structuredClone(shape)) };
}

describe('graph streaming', () => {
  it('delivers a big graph in bounded parts that reassemble to the same graph', () => {
    const g = graph(400, 300, 4000);
    const { parts, graph: got } = transmit(new GraphSender(), new GraphReceiver(), g);
    expect(got).toEqual(g);
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) expect(JSON.stringify(p).length).toBeLessThan(400_000);
  });

  it('sends each document once across growing graphs and reuses the page’s objects', () => {
    const sender = new GraphSender();
    const receiver = new GraphReceiver();
    const first = transmit(sender, receiver, graph(10, 5));
    const second = transmit(sender, receiver, graph(25, 8));
    const sentDocs = second.parts.flatMap((p) => p.docs ?? []).map(([i]) => i);
    expect(sentDocs).toEqual(Array.from({ length: 15 }, (_, i) => i + 10));
    expect(second.graph.documents).toHaveLength(25);
    // Structural sharing: unchanged documents are the very same objects as before.
    expect(second.graph.documents[3]).toBe(first.graph.documents[3]);
    expect(second.graph.actors).toHaveLength(8);
  });

  it('resends a document that assembling changed (marked as a republished copy)', () => {
    const sender = new GraphSender();
    const receiver = new GraphReceiver();
    transmit(sender, receiver, graph(3, 2));
    const g = graph(3, 2);
    g.documents[2] = { ...g.documents[2], duplicateOf: 'd0' };
    const { parts, graph: got } = transmit(sender, receiver, g);
    expect(parts.flatMap((p) => p.docs ?? []).map(([i]) => i)).toEqual([2]);
    expect(got.documents[2].duplicateOf).toBe('d0');
  });

  it('refuses to assemble a graph from lost parts', () => {
    const sender = new GraphSender();
    const { parts, shape } = sender.split(graph(50, 4, 5000));
    const receiver = new GraphReceiver();
    parts.slice(1).forEach((p) => receiver.accept(p));
    expect(() => receiver.finish(shape)).toThrow(/incomplete/);
  });
});
