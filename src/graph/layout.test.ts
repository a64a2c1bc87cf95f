import { describe, expect, it } from 'vitest';
import { computeLayout, createLayout, LAYOUT_TICKS, type LayoutLink, type LayoutNode } from './layout';
import { routeEdges } from './edges';
import { edgePath } from './geometry';
import { placeLabels } from './labels';
import { nextNode } from './navigation';
import { yemenGraph } from './__fixtures__/yemen';
import { filterGraph } from './filter';
import { indexGraph } from './model';
import { DEFAULT_VIEW } from '../state/viewState';

const nodes: LayoutNode[] = yemenGraph.actors.map((a, i) => ({ id: a.id, radius: 8 + i }));
const links: LayoutLink[] = yemenGraph.relations.map((r) => ({ source: r.source, target: r.target }));

describe('layout', () => {
  it('is deterministic: same graph → same positions, whatever the input order', () => {
    const a = computeLayout(nodes, links);
    const b = computeLayout([...nodes].reverse(), [...links].reverse());
    for (const n of nodes) {
      expect(b.get(n.id)!.x).toBeCloseTo(a.get(n.id)!.x, 6);
      expect(b.get(n.id)!.y).toBeCloseTo(a.get(n.id)!.y, 6);
    }
  });

  it('gives the same result when run in chunks', () => {
    const run = createLayout(nodes, links);
    let done = false;
    while (!done) done = run.step(7);
    const whole = computeLayout(nodes, links);
    for (const n of nodes) expect(run.positions().get(n.id)).toEqual(whole.get(n.id));
    expect(run.step(LAYOUT_TICKS)).toBe(true);
  });

  it('spreads nodes apart (no two nodes overlap)', () => {
    const pos = computeLayout(nodes, links);
    const ids = nodes.map((n) => n.id);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const p = pos.get(ids[i])!;
        const q = pos.get(ids[j])!;
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(nodes[i].radius + nodes[j].radius);
      }
  });
});

describe('edge routing', () => {
  const f = filterGraph(indexGraph(yemenGraph), DEFAULT_VIEW);
  const routes = routeEdges(f.relations);

  it('gives parallel relations between one pair distinct lanes, single ones lane 0', () => {
    const backs = routes.get('r-backs')!;
    const meet = routes.get('r-meet')!;
    expect(backs.siblings).toBe(2);
    expect(meet.siblings).toBe(2);
    expect(backs.lane).not.toBe(meet.lane);
    expect(backs.lane).not.toBe(0);
    expect(routes.get('r-war')!.lane).toBe(0);
  });

  it('draws a straight segment for lane 0 and a curve otherwise, trimmed to the rims', () => {
    expect(edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 10, 0, true, 0)).toBe('M11,0L90,0');
    expect(edgePath({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 10, 1, true)).toMatch(/^M[\d.,-]+Q/);
  });
});

describe('labels and keyboard navigation', () => {
  const pos = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 5, y: 2 }],
    ['c', { x: 200, y: 0 }],
    ['d', { x: 0, y: 150 }],
  ]);

  it('hides a label that would overlap a node in every position, shows it when zoomed in', () => {
    const cross = new Map([
      ['z', { x: 0, y: 0 }],
      ['n', { x: 0, y: -12 }],
      ['s', { x: 0, y: 12 }],
      ['e', { x: 12, y: 0 }],
      ['w', { x: -12, y: 0 }],
    ]);
    const items = [...cross.keys()].map((id) => ({ id, text: id === 'z' ? 'Centre actor' : id, radius: id === 'z' ? 2 : 5, priority: id === 'z' ? 0 : 1 }));
    expect(placeLabels(items, cross, 1).has('z')).toBe(false);
    expect(placeLabels(items, cross, 20).get('z')).toBe('below');
  });

  it('moves a label above its node when below is taken', () => {
    const two = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 0, y: 40 }],
    ]);
    const items = [
      { id: 'a', text: 'Alpha', radius: 5, priority: 1 },
      { id: 'b', text: 'Beta', radius: 5, priority: 2 },
    ];
    const placed = placeLabels(items, two, 1);
    expect(placed.get('b')).toBe('below');
    expect(placed.get('a')).toBe('below');
    const crowded = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 0, y: 22 }],
    ]);
    expect(placeLabels(items, crowded, 1).get('a')).toBe('above');
  });

  it('moves to the neighbour in the arrow direction, else the nearest node that way', () => {
    expect(nextNode('a', 'right', pos, new Set(['c', 'd']))).toBe('c');
    expect(nextNode('a', 'down', pos, new Set(['c', 'd']))).toBe('d');
    expect(nextNode('a', 'right', pos, new Set(['d']))).toBe('b');
    expect(nextNode('a', 'up', pos, new Set(['c', 'd']))).toBeNull();
  });
});
