import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInterval } from './time';
import { packRows } from './timeline';

describe('packRows with a row limit', () => {
  it('gives exactly the clamped rows of unlimited packing (while tracking only the drawn rows)', () => {
    const interval = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 40 })).map(([a, w]) => [a, a + w] as const);
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 120 }), fc.integer({ min: 1, max: 5 }), (xs, max) => {
        expect(packRows(xs, 1, max)).toEqual(packRows(xs, 1).map((r) => Math.min(r, max - 1)));
      }),
    );
  });
});

describe('isoInterval cache', () => {
  it('returns the same (frozen) interval for a date it has parsed before', () => {
    const a = isoInterval('2019-03');
    expect(a).toEqual({ start: Date.UTC(2019, 2, 1), end: Date.UTC(2019, 2, 31) });
    expect(isoInterval('2019-03')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(isoInterval('not a date')).toBeNull();
  });
});
