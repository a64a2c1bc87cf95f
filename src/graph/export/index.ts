/** Pure exporters over an ActorGraph (usually the visible part, see viewSubgraph). */
export { viewSubgraph, type VisiblePart } from './subgraph';
export { toGraphology } from './graphology';
export { toGexf } from './gexf';
export { toGraphml, xmlEscape } from './graphml';
export { toCsv, csvField, defuse, CSV_COLUMNS } from './csv';
export { toActorGraphJson } from './json';
