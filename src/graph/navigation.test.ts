import { describe, expect, it } from 'vitest';
import { nextNode, relationsAround, type NavRelation } from './navigation';

const pos = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
  ['c', { x: 0, y: 100 }],
  ['d', { x: -100, y: 5 }],
]);

describe('keyboard navigation', () => {
  it('moves to the neighbour lying in the arrow\'s direction, else to any node that way', () => {
    expect(nextNode('a', 'right', pos, new Set(['b', 'c']))).toBe('b');
    expect(nextNode('a', 'down', pos, new Set(['b', 'c']))).toBe('c');
    expect(nextNode('a', 'left', pos, new Set(['b']))).toBe('d');
    expect(nextNode('b', 'right', pos, new Set(['a']))).toBeNull();
  });

  it('walks an actor\'s relations by family, then by the other actor\'s name', () => {
    const rels: NavRelation[] = [
      { id: 'r1', source: 'us', target: 'houthis', family: 'conflict' },
      { id: 'r2', source: 'iran', target: 'houthis', family: 'support' },
      { id: 'r3', source: 'houthis', target: 'saudi', family: 'conflict' },
      { id: 'r4', source: 'oman', target: 'houthis', family: 'mediate' },
      { id: 'r5', source: 'us', target: 'saudi', family: 'support' },
    ];
    const names: Record<string, string> = { us: 'United States', houthis: 'Houthis', iran: 'Iran', saudi: 'Saudi Arabia', oman: 'Oman' };
    const order = relationsAround('houthis', rels, ['support', 'conflict', 'mediate'], (id) => names[id]);
    expect(order).toEqual(['r2', 'r3', 'r1', 'r4']);
    expect(relationsAround('nobody', rels, ['support'], (id) => id)).toEqual([]);
  });
});
