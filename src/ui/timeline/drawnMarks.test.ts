import { describe, expect, it } from 'vitest';
import type { TimelineMark } from '../../graph/timeline';
import { drawnMarks, hitMark, markClass, type PlacedMarks } from './drawnMarks';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 2, 1);

function mark(i: number, relationId: string, startDay: number, endDay = startDay, family: TimelineMark['family'] = 'support'): TimelineMark {
  return { key: `${relationId}#${i}`, relationId, evidenceIndex: i, family, negated: false, start: T0 + startDay * DAY, end: T0 + endDay * DAY, precision: 'day' };
}

/** One x unit per day from x=10, everything on row 0 of lane 0 (tops[0] = 4, row height 7). */
function place(marks: TimelineMark[]): PlacedMarks {
  return {
    x0s: Float64Array.from(marks, (m) => 10 + (m.start - T0) / DAY),
    x1s: Float64Array.from(marks, (m) => 10 + (m.end + DAY - T0) / DAY),
    rowOf: new Uint8Array(marks.length),
    tops: [4],
  };
}

const lanes = new Map([['support', 0]]);

describe('timeline drawn marks', () => {
  it('draws only the topmost of identical opaque marks, but every translucent one', () => {
    const marks = [mark(0, 'r1', 3), mark(1, 'r2', 3), mark(2, 'r1', 40)];
    const p = place(marks);
    // Nothing selected: r1#0 and r2#0 look the same in the same spot → one is drawn (the later).
    const plain = drawnMarks(marks, p, lanes, 7, null, null);
    expect(plain.map((d) => d.m.key)).toEqual(['r2#1', 'r1#2']);
    // r1 selected: its mark now differs from r2's, and r2's is dimmed (translucent) → all drawn.
    const sel = drawnMarks(marks, p, lanes, 7, 'r1', null);
    expect(sel.map((d) => d.m.key)).toEqual(['r1#0', 'r2#1', 'r1#2']);
    expect(sel.map((d) => [d.selected, d.dim])).toEqual([
      [true, false],
      [false, true],
      [true, false],
    ]);
    expect(markClass(sel[1])).toContain('is-dim');
  });

  it('marks evidence outside the brushed range, and keeps it all', () => {
    const marks = [mark(0, 'r1', 3), mark(1, 'r2', 3), mark(2, 'r1', 40)];
    const d = drawnMarks(marks, place(marks), lanes, 7, null, { start: T0 + 30 * DAY, end: T0 + 50 * DAY });
    expect(d.map((x) => x.outside)).toEqual([true, true, false]);
  });

  it('finds the topmost mark under a point, with a little slack, and nothing elsewhere', () => {
    const marks = [mark(0, 'r1', 3), mark(1, 'r2', 20, 35)];
    const d = drawnMarks(marks, place(marks), lanes, 7, null, null);
    expect(d[1].span).toBe(true);
    const cy = 4 + 3.5;
    expect(hitMark(d, 13.5, cy)?.m.key).toBe('r1#0'); // the dot's centre
    expect(hitMark(d, 13.5 + 3, cy + 2)?.m.key).toBe('r1#0'); // its edge
    expect(hitMark(d, 38, cy + 1)?.m.key).toBe('r2#1'); // inside the span
    expect(hitMark(d, 25, cy)).toBeNull(); // between them
    expect(hitMark(d, 38, cy + 8)).toBeNull(); // below the row
  });
});
