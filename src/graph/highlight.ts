/**
 * Splits a sentence into plain, actor-mention and trigger segments from character
 * offsets, so the UI can render <mark>/<strong> elements around text nodes — never HTML.
 */
import type { ActorGraph, Evidence, Relation } from '../extract/schema';
import type { GraphIndex } from './model';

export type SegmentKind = 'text' | 'actor' | 'trigger';

export interface Segment {
  kind: SegmentKind;
  text: string;
  /** Actor id for 'actor' segments. */
  actor?: string;
}

export interface Span {
  start: number;
  end: number;
  kind: Exclude<SegmentKind, 'text'>;
  actor?: string;
}

/**
 * Cuts text[start, end) into segments. Spans are clipped to the range; where spans
 * overlap, the trigger wins over a mention, and an earlier span over a later one.
 */
export function segmentText(text: string, start: number, end: number, spans: readonly Span[]): Segment[] {
  const owner: (Span | null)[] = new Array(Math.max(0, end - start)).fill(null);
  const ordered = [...spans].sort((a, b) => (a.kind === b.kind ? a.start - b.start : a.kind === 'trigger' ? -1 : 1));
  for (const sp of ordered) {
    for (let i = Math.max(sp.start, start); i < Math.min(sp.end, end); i++) if (!owner[i - start]) owner[i - start] = sp;
  }
  const out: Segment[] = [];
  let i = 0;
  while (i < owner.length) {
    const o = owner[i];
    let j = i + 1;
    while (j < owner.length && owner[j] === o) j++;
    const piece = text.slice(start + i, start + j);
    out.push(o ? { kind: o.kind, text: piece, ...(o.actor ? { actor: o.actor } : {}) } : { kind: 'text', text: piece });
    i = j;
  }
  return out;
}

/** Segments for one evidence sentence: the relation's two actors' mentions and its trigger. */
export function evidenceSegments(index: GraphIndex, relation: Relation, ev: Evidence): Segment[] {
  const doc = index.docById.get(ev.doc);
  if (!doc) return [];
  const spans: Span[] = [];
  if (ev.trigger) spans.push({ start: ev.trigger.start, end: ev.trigger.end, kind: 'trigger' });
  for (const id of [relation.source, relation.target]) {
    for (const m of index.actorById.get(id)?.mentions ?? []) {
      if (m.doc === ev.doc && m.start < ev.end && m.end > ev.start) spans.push({ start: m.start, end: m.end, kind: 'actor', actor: id });
    }
  }
  return segmentText(doc.text, ev.start, ev.end, spans);
}

/**
 * Corroboration summary of a relation's evidence: distinct original documents vs
 * republished copies (documents marked `duplicateOf` another). Pass `docById` (the graph
 * index's) when summarising many relations: scanning every document per relation
 * costs relations × documents, tens of milliseconds on a 1,000-article corpus.
 */
export function corroboration(
  graph: ActorGraph,
  evidence: readonly Evidence[],
  docById?: ReadonlyMap<string, ActorGraph['documents'][number]>,
): { sources: number; copies: number; label: string } {
  const docIds = new Set<string>();
  for (const ev of evidence) {
    docIds.add(ev.doc);
    for (const c of ev.corroboratedBy ?? []) docIds.add(c);
  }
  let sources = 0;
  let copies = 0;
  if (docById) {
    for (const id of docIds) {
      const d = docById.get(id);
      if (!d) continue;
      if (d.duplicateOf) copies++;
      else sources++;
    }
  } else {
    for (const d of graph.documents) {
      if (!docIds.has(d.id)) continue;
      if (d.duplicateOf) copies++;
      else sources++;
    }
  }
  const s = `${sources} source${sources === 1 ? '' : 's'}`;
  const label = copies ? `${s} + ${copies} republished cop${copies === 1 ? 'y' : 'ies'}` : s;
  return { sources, copies, label };
}
