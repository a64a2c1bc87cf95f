import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { ActorGraph } from '../../extract/schema';
import { yemenGraph } from './fixtures/yemenGraph';
import { CSV_COLUMNS, csvField, toActorGraphJson, toCsv, toGexf, toGraphml, viewSubgraph } from './index';

/** Minimal RFC 4180 reader, strict enough to catch quoting mistakes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length) rows.push(row);
  return rows;
}

const g = yemenGraph();
const support = g.relations.filter((r) => r.family === 'support');

describe('viewSubgraph', () => {
  it('keeps only visible relations, their endpoints and cited documents, and stays schema-valid', () => {
    const sub = viewSubgraph(g, { relations: g.relations.filter((r) => r.id === 'r1') });
    expect(ActorGraph.safeParse(sub).success).toBe(true);
    expect(sub.relations.map((r) => r.id)).toEqual(['r1']);
    expect(sub.actors.map((a) => a.id).sort()).toEqual(['saudi-arabia', 'yemen-government']);
    expect(sub.documents.map((d) => d.id)).toEqual(['reuters-1']);
  });

  it('cuts dangling affiliations and mentions of documents not in view', () => {
    const sub = viewSubgraph(g, { relations: g.relations.filter((r) => r.id === 'r2' || r.id === 'r4') });
    expect(sub.actors.find((a) => a.id === 'martin-griffiths')!.affiliation).toBeNull();
    const houthis = sub.actors.find((a) => a.id === 'houthis')!;
    expect(houthis.mentions.every((m) => sub.documents.some((d) => d.id === m.doc))).toBe(true);
    expect(ActorGraph.safeParse(sub).success).toBe(true);
  });

  it('keeps an affiliation when both actors are visible, and extra visible actors', () => {
    const sub = viewSubgraph(g, {
      relations: g.relations.filter((r) => r.id === 'r2'),
      actors: ['united-nations'],
    });
    expect(sub.actors.find((a) => a.id === 'martin-griffiths')!.affiliation).toBe('united-nations');
  });

  it('JSON export parses back to the same schema-valid graph', () => {
    const sub = viewSubgraph(g, { relations: support });
    const back = ActorGraph.parse(JSON.parse(toActorGraphJson(sub)));
    expect(back).toEqual(sub);
  });
});

describe('GEXF export', () => {
  it('loads back with graphology-gexf: same nodes, labels, parallel edges and attributes', () => {
    const text = toGexf(g, { iran: [10, -20] });
    const back = parseGexf(MultiDirectedGraph, text);
    expect(back.order).toBe(g.actors.length);
    expect(back.size).toBe(g.relations.length);
    expect(back.getNodeAttribute('iran', 'label')).toBe('Iran');
    expect(back.getNodeAttribute('iran', 'x')).toBe(10);
    expect(back.getNodeAttribute('houthis', 'kind')).toBe('armed_group');
    expect(back.hasEdge('r5')).toBe(true);
    expect(back.source('r5')).toBe('iran');
    expect(back.getEdgeAttribute('r5', 'negated')).toBe(true);
    expect(back.getEdgeAttribute('r5', 'family')).toBe('support');
    expect(back.getEdgeAttribute('r5', 'weight')).toBe(2);
  });

  it('escapes hostile text into well-formed XML', () => {
    const h = yemenGraph();
    h.actors[0].name = '<script>alert(1)</script> & "co"';
    const text = toGexf(h);
    expect(text).not.toContain('<script>');
    expect(parseGexf(MultiDirectedGraph, text).getNodeAttribute('saudi-arabia', 'label')).toBe(
      h.actors[0].name,
    );
  });
});

describe('GraphML export', () => {
  it('loads back with graphology-graphml with typed attributes', () => {
    const text = toGraphml(g);
    const errors: string[] = [];
    new DOMParser({
      errorHandler: {
        error: (m: string) => void errors.push(m),
        fatalError: (m: string) => void errors.push(m),
      },
    }).parseFromString(text, 'application/xml');
    expect(errors).toEqual([]);
    const back = parseGraphml(MultiDirectedGraph, text);
    expect(back.order).toBe(g.actors.length);
    expect(back.size).toBe(g.relations.length);
    expect(back.getNodeAttribute('martin-griffiths', 'label')).toBe('Martin Griffiths');
    expect(back.getNodeAttribute('martin-griffiths', 'affiliation')).toBe('united-nations');
    const r5 = back.edges('iran', 'houthis');
    expect(r5).toHaveLength(1);
    expect(back.getEdgeAttributes(r5[0])).toMatchObject({
      family: 'support',
      negated: true,
      evidence: 2,
      type: 'arms',
    });
    // Two different relations between the Houthis and the government stay apart.
    expect(back.edges('houthis', 'yemen-government')).toHaveLength(1);
    expect(back.edges('saudi-arabia', 'yemen-government')).toHaveLength(1);
  });

  it('escapes hostile ids and names', () => {
    const h = yemenGraph();
    h.actors[0].name = 'A & B <x> "q" \u0001';
    const back = parseGraphml(MultiDirectedGraph, toGraphml(h));
    expect(back.getNodeAttribute('saudi-arabia', 'label')).toBe('A & B <x> "q" ');
  });
});

describe('CSV export', () => {
  const rows = parseCsv(toCsv(g));

  it('has the header and one row per evidence sentence', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const evidence = g.relations.reduce((n, r) => n + r.evidence.length, 0);
    expect(rows.length - 1).toBe(evidence);
    const r5 = rows.filter((r) => r[0] === 'r5');
    expect(r5).toHaveLength(2);
    expect(r5[0]).toEqual([
      'r5',
      'Iran',
      'arms',
      'support',
      'Houthis',
      'true',
      'aj-2',
      'Al Jazeera',
      '',
      '2018-12-10',
      'The Houthis did not back the proposal, the movement said, and Iran denied arming them.',
    ]);
  });

  it('quotes commas and quotes and defuses formula cells', () => {
    const r3 = rows.find((r) => r[0] === 'r3')!;
    expect(r3[8]).toBe('2018-12');
    expect(r3[10]).toBe(
      `'=HYPERLINK("http://evil") said the "Houthis", who attended the talks, despite strikes.`,
    );
  });

  it.each([
    ['=1+1', `'=1+1`],
    ['+cmd', `'+cmd`],
    ['-2', `'-2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['plain', 'plain'],
  ])('csvField(%j) → %j', (input, out) => expect(csvField(input)).toBe(out));
});
