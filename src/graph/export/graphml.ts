/**
 * GraphML export. graphology-graphml only ships a parser, so the writer is here: a small,
 * strict serialiser whose output that parser (and yEd, Cytoscape, networkx) reads back.
 */
import type { ActorGraph } from '../../extract/schema';
import { toGraphology } from './graphology';

type AttrType = 'string' | 'boolean' | 'int' | 'double';

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function xmlEscape(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function typeOf(v: unknown): AttrType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  return 'string';
}

/** Declares one <key> per attribute name seen, with the type of its first value. */
function keys(items: Array<Record<string, unknown>>): Map<string, AttrType> {
  const m = new Map<string, AttrType>();
  for (const a of items)
    for (const [k, v] of Object.entries(a)) if (!m.has(k) && v !== undefined) m.set(k, typeOf(v));
  return m;
}

function data(attrs: Record<string, unknown>, prefix: string): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `<data key="${prefix}_${xmlEscape(k)}">${xmlEscape(String(v))}</data>`)
    .join('');
}

/** Serialises an ActorGraph as a GraphML document (directed, parallel edges keyed by relation id). */
export function toGraphml(g: ActorGraph, positions?: Record<string, [number, number]>): string {
  const graph = toGraphology(g, positions);
  const nodes = graph.mapNodes((id, attrs) => ({ id, attrs: attrs as Record<string, unknown> }));
  const edges = graph.mapEdges((id, attrs, source, target) => ({
    id,
    source,
    target,
    attrs: attrs as Record<string, unknown>,
  }));
  const nodeKeys = keys(nodes.map((n) => n.attrs));
  const edgeKeys = keys(edges.map((e) => e.attrs));
  const decl = (scope: string, prefix: string, m: Map<string, AttrType>) =>
    [...m].map(
      ([k, t]) =>
        `  <key id="${prefix}_${xmlEscape(k)}" for="${scope}" attr.name="${xmlEscape(k)}" attr.type="${t}"/>`,
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...decl('node', 'n', nodeKeys),
    ...decl('edge', 'e', edgeKeys),
    `  <graph id="${xmlEscape(g.corpus.id)}" edgedefault="directed">`,
    ...nodes.map((n) => `    <node id="${xmlEscape(n.id)}">${data(n.attrs, 'n')}</node>`),
    ...edges.map(
      (e) =>
        `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data(e.attrs, 'e')}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
