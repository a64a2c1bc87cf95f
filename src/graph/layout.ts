/**
 * Deterministic force layout in abstract graph coordinates (centred on 0,0), separate
 * from drawing so an SVG or a canvas renderer can use it. Same nodes and links → same
 * positions: nodes are sorted by id, start from hash-derived positions, the simulation
 * draws randomness from a seeded LCG, and it always runs a fixed number of ticks (the
 * caller may run them in chunks across frames; the result does not depend on chunking).
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  randomLcg,
  type Simulation,
  type SimulationNodeDatum,
} from 'd3';
import type { Point } from './geometry';

export interface LayoutNode {
  id: string;
  /** Collision radius: the drawn shape's half-width (wide shapes such as event pills count wider). */
  radius: number;
}

export interface LayoutLink {
  source: string;
  target: string;
}

export type Positions = Map<string, Point>;

export const LAYOUT_TICKS = 300;
const SEED = 0x5eed;

interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

/** FNV-1a 32-bit hash of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Starting point for a node: a hash-chosen angle on a disc sized to the node count. */
export function initialPosition(id: string, nodeCount: number): Point {
  const h = hashString(id);
  const angle = ((h & 0xffff) / 0x10000) * Math.PI * 2;
  const r = 30 * Math.sqrt(nodeCount) * (0.35 + 0.65 * ((h >>> 16) / 0x10000));
  return { x: Math.cos(angle) * r, y: Math.sin(angle) * r };
}

export interface LayoutRun {
  /** Advances up to `ticks` ticks; returns true once all LAYOUT_TICKS have run. */
  step(ticks: number): boolean;
  readonly done: boolean;
  positions(): Positions;
}

/** Prepares a layout run without ticking it. */
export function createLayout(nodes: readonly LayoutNode[], links: readonly LayoutLink[]): LayoutRun {
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const simNodes: SimNode[] = sorted.map((n) => ({ id: n.id, radius: n.radius, ...initialPosition(n.id, sorted.length) }));
  const known = new Set(simNodes.map((n) => n.id));
  const simLinks = links
    .filter((l) => known.has(l.source) && known.has(l.target) && l.source !== l.target)
    .map((l) => ({ source: l.source, target: l.target }))
    .sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1));
  const degree = new Map<string, number>();
  for (const l of simLinks) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }
  const sim: Simulation<SimNode, undefined> = forceSimulation<SimNode>(simNodes)
    .randomSource(randomLcg(SEED))
    .force(
      'link',
      forceLink<SimNode, { source: string | SimNode; target: string | SimNode }>(simLinks)
        .id((d) => d.id)
        .distance((l) => 85 + ((l.source as SimNode).radius + (l.target as SimNode).radius) * 1.6)
        .strength((l) => 0.7 / Math.min(degree.get((l.source as SimNode).id) ?? 1, degree.get((l.target as SimNode).id) ?? 1)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-520).distanceMax(700))
    .force('collide', forceCollide<SimNode>().radius((d) => d.radius + 18).iterations(2))
    .force('x', forceX<SimNode>(0).strength(0.05))
    .force('y', forceY<SimNode>(0).strength(0.07))
    .stop();
  let ticks = 0;
  return {
    step(n: number) {
      const k = Math.min(n, LAYOUT_TICKS - ticks);
      if (k > 0) sim.tick(k);
      ticks += Math.max(0, k);
      return ticks >= LAYOUT_TICKS;
    },
    get done() {
      return ticks >= LAYOUT_TICKS;
    },
    positions() {
      return new Map(simNodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
    },
  };
}

/** Runs a whole layout synchronously (tests, exports, small graphs). */
export function computeLayout(nodes: readonly LayoutNode[], links: readonly LayoutLink[]): Positions {
  const run = createLayout(nodes, links);
  run.step(LAYOUT_TICKS);
  return run.positions();
}

/** Bounding box of positions padded by each node's radius. */
export function layoutBounds(pos: Positions, radius: (id: string) => number): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [id, p] of pos) {
    const r = radius(id);
    x0 = Math.min(x0, p.x - r);
    y0 = Math.min(y0, p.y - r);
    x1 = Math.max(x1, p.x + r);
    y1 = Math.max(y1, p.y + r + 16);
  }
  if (!Number.isFinite(x0)) return { x0: -100, y0: -100, x1: 100, y1: 100 };
  return { x0, y0, x1, y1 };
}
