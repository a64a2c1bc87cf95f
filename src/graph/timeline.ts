/**
 * Timeline marks: one per piece of evidence dated on the chosen clock, in a lane per
 * relation family; undated evidence is counted apart so it is shown, not dropped.
 */
import type { ActorGraph, Family, Precision } from '../extract/schema';
import type { Clock } from '../state/viewState';
import type { VisibleRelation } from './filter';
import type { GraphIndex } from './model';
import { evidenceInterval, type DayInterval } from './time';
import { FAMILIES } from '../extract/schema';

export interface TimelineMark {
  key: string;
  relationId: string;
  /** Index in the relation's full evidence list. */
  evidenceIndex: number;
  family: Family;
  negated: boolean;
  start: number;
  end: number;
  precision: Precision | 'day';
}

export interface TimelineData {
  marks: TimelineMark[];
  lanes: Family[];
  undated: { relationId: string; evidenceIndex: number; family: Family }[];
  /** Full extent of the corpus on this clock (stable while filtering), or null if nothing is dated. */
  domain: DayInterval | null;
}

const extents = new WeakMap<GraphIndex, Map<Clock, DayInterval | null>>();

/**
 * Extent of every dated piece of evidence in the whole graph on the clock. Remembered per
 * graph index and clock: it does not change while filtering, and a big corpus has tens of
 * thousands of pieces of evidence.
 */
export function corpusExtent(index: GraphIndex, clock: Clock): DayInterval | null {
  let byClock = extents.get(index);
  if (!byClock) extents.set(index, (byClock = new Map()));
  if (!byClock.has(clock)) byClock.set(clock, computeExtent(index, clock));
  return byClock.get(clock) ?? null;
}

function computeExtent(index: GraphIndex, clock: Clock): DayInterval | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of index.graph.relations)
    for (const ev of r.evidence) {
      const iv = evidenceInterval(ev, index.docById.get(ev.doc), clock);
      if (!iv) continue;
      lo = Math.min(lo, iv.start);
      hi = Math.max(hi, iv.end);
    }
  return Number.isFinite(lo) ? { start: lo, end: hi } : null;
}

/** Marks for the given relations (normally filtered by everything except time). */
export function timelineData(index: GraphIndex, relations: readonly VisibleRelation[], clock: Clock): TimelineData {
  const marks: TimelineMark[] = [];
  const undated: TimelineData['undated'] = [];
  const used = new Set<Family>();
  for (const vr of relations) {
    const rel = vr.relation;
    vr.evidence.forEach((ev, k) => {
      const i = vr.evidenceIndex[k];
      const iv = evidenceInterval(ev, index.docById.get(ev.doc), clock);
      if (!iv) {
        undated.push({ relationId: rel.id, evidenceIndex: i, family: rel.family });
        return;
      }
      used.add(rel.family);
      const precision = clock === 'published' ? 'day' : (ev.date?.precision ?? 'day');
      marks.push({ key: `${rel.id}#${i}`, relationId: rel.id, evidenceIndex: i, family: rel.family, negated: rel.negated, start: iv.start, end: iv.end, precision });
    });
  }
  marks.sort((a, b) => a.start - b.start || (a.key < b.key ? -1 : 1));
  return { marks, undated, lanes: FAMILIES.filter((f) => used.has(f)), domain: corpusExtent(index, clock) };
}

/** Number of documents in the graph without a publication date (the "reported" clock's undated lane). */
export function undatedDocuments(graph: ActorGraph): number {
  return graph.documents.filter((d) => !d.publishedAt).length;
}

/**
 * Greedy interval packing: gives each [x0, x1] (in drawing units, in the order given)
 * the lowest row where it does not overlap a previous interval by less than `gap`, so
 * marks that share dates are stacked and each stays clickable. Rows from `maxRows` on are
 * reported as the last row: they are drawn there, and not tracking them keeps packing
 * tens of thousands of marks linear (the rows below come out exactly the same).
 */
export function packRows(intervals: ReadonlyArray<readonly [number, number]>, gap = 1, maxRows = Infinity): number[] {
  const rowEnds: number[] = [];
  return intervals.map(([x0, x1]) => {
    let row = rowEnds.findIndex((end) => end + gap <= x0);
    if (row < 0) {
      if (rowEnds.length >= maxRows) return maxRows - 1;
      row = rowEnds.length;
      rowEnds.push(x1);
    } else rowEnds[row] = x1;
    return row;
  });
}
