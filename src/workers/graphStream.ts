/**
 * Moves graphs from the worker to the page in small pieces, with structural sharing.
 *
 * Why: one big `postMessage` of a 1,000-document graph is deserialised on the main thread in
 * a single task of several hundred milliseconds. Here the worker sends a graph as parts of
 * bounded size (each deserialised in its own short task), and a document the page already
 * has is never sent again: the page keeps the same object, so growing partial graphs cost
 * only their new documents plus the (small) actor and relation lists.
 */
import type { Actor, ActorGraph, GraphDocument, Relation } from '../extract/index';
import type { WorkerResponse } from './protocol';

/** One piece of a graph: documents by position, or the next actors / relations. */
export interface GraphPart {
  docs?: [number, GraphDocument][];
  actors?: Actor[];
  relations?: Relation[];
}

/** What the page assembles once all parts arrived (counts double as a consistency check). */
export interface GraphShape {
  schema: ActorGraph['schema'];
  corpus: ActorGraph['corpus'];
  documents: number;
  actors: number;
  relations: number;
}

/** Budget of one part, in "units": a text character, or ~40 for each sentence, mention or evidence. */
const PART_BUDGET = 120_000;
const ITEM = 40;

/** A document's identity for resending: it changes only if assembling changed that document. */
const signature = (d: GraphDocument) => [d.id, d.duplicateOf ?? '', d.sentences.length, d.text.length, d.warnings?.length ?? 0].join('\u0000');

/** Worker side: splits each graph of one job into parts, skipping documents already sent. */
export class GraphSender {
  private sent: string[] = [];

  /** The parts to post for `graph` (in order), and the shape that completes it. */
  split(graph: ActorGraph): { parts: GraphPart[]; shape: GraphShape } {
    const parts: GraphPart[] = [];
    let docs: [number, GraphDocument][] = [];
    let used = 0;
    graph.documents.forEach((d, i) => {
      const sig = signature(d);
      if (this.sent[i] === sig) return;
      this.sent[i] = sig;
      const cost = d.text.length + d.sentences.length * ITEM;
      if (docs.length && used + cost > PART_BUDGET) {
        parts.push({ docs });
        docs = [];
        used = 0;
      }
      docs.push([i, d]);
      used += cost;
    });
    this.sent.length = graph.documents.length;
    if (docs.length) parts.push({ docs });
    chunk(graph.actors, (a) => ITEM * (1 + a.mentions.length + a.aliases.length), (actors) => parts.push({ actors }));
    chunk(graph.relations, (r) => ITEM * (1 + r.evidence.length), (relations) => parts.push({ relations }));
    const { schema, corpus } = graph;
    return { parts, shape: { schema, corpus, documents: graph.documents.length, actors: graph.actors.length, relations: graph.relations.length } };
  }
}

function chunk<T>(items: T[], cost: (x: T) => number, emit: (xs: T[]) => void): void {
  let cur: T[] = [];
  let used = 0;
  for (const x of items) {
    const c = cost(x);
    if (cur.length && used + c > PART_BUDGET) {
      emit(cur);
      cur = [];
      used = 0;
    }
    cur.push(x);
    used += c;
  }
  if (cur.length) emit(cur);
}

/** Page side: collects parts and assembles graphs, reusing the documents it already holds. */
export class GraphReceiver {
  private docs: GraphDocument[] = [];
  private actors: Actor[] = [];
  private relations: Relation[] = [];

  /** Takes one part (cheap: only pushes references). */
  accept(part: GraphPart): void {
    for (const [i, d] of part.docs ?? []) this.docs[i] = d;
    if (part.actors) for (const a of part.actors) this.actors.push(a);
    if (part.relations) for (const r of part.relations) this.relations.push(r);
  }

  /** The graph the parts since the last call make up. Throws if parts were lost. */
  finish(shape: GraphShape): ActorGraph {
    const { actors, relations } = this;
    this.actors = [];
    this.relations = [];
    this.docs.length = Math.min(this.docs.length, shape.documents);
    const documents = this.docs.slice();
    if (documents.length !== shape.documents || documents.includes(undefined as unknown as GraphDocument) || actors.length !== shape.actors || relations.length !== shape.relations)
      throw new Error('the graph from the extraction worker arrived incomplete');
    return { schema: shape.schema, corpus: shape.corpus, documents, actors, relations };
  }
}

/**
 * Wraps the worker's `send` so every graph-carrying message (partial, done, cancelled) goes
 * out as its parts followed by the message itself with `graph: null` and the graph's shape.
 */
export function streamingGraphs(send: (m: WorkerResponse) => void): (m: WorkerResponse) => void {
  const senders = new Map<number, GraphSender>();
  return (m) => {
    if ((m.type === 'partial' || m.type === 'done' || m.type === 'cancelled') && m.graph) {
      let sender = senders.get(m.id);
      if (!sender) senders.set(m.id, (sender = new GraphSender()));
      const { parts, shape } = sender.split(m.graph);
      for (const part of parts) send({ type: 'graph-part', id: m.id, ...part });
      send({ ...m, graph: null, shape });
    } else send(m);
    if (m.type === 'done' || m.type === 'cancelled' || m.type === 'failed') senders.delete(m.id);
  };
}
