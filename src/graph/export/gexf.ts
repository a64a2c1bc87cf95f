/** GEXF 1.3 export (Gephi's native format) through graphology-gexf's writer. */
import { write } from 'graphology-gexf';
import type { ActorGraph } from '../../extract/schema';
import { toGraphology } from './graphology';

/** Serialises an ActorGraph as a GEXF document; relation evidence count becomes the edge weight. */
export function toGexf(g: ActorGraph, positions?: Record<string, [number, number]>): string {
  return write(toGraphology(g, positions), {
    version: '1.3',
    formatNode: (_key, { label, x, y, ...attributes }) => ({
      label,
      attributes,
      ...(typeof x === 'number' && typeof y === 'number' ? { viz: { x, y } } : {}),
    }),
    formatEdge: (_key, { label, evidence, ...attributes }) => ({
      label,
      weight: evidence,
      attributes: { ...attributes, evidence },
    }),
  });
}
