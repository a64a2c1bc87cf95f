import { describe, expect, it } from 'vitest';
import type { ActorGraph } from '../extract/schema';
import { coverageLabel, documentName, relationCoverage } from './coverage';
import { indexGraph } from './model';
import { yemenGraph } from './__fixtures__/yemen';

const index = indexGraph(yemenGraph);
const rel = (id: string) => index.relationById.get(id)!;

describe('relation coverage across the corpus', () => {
  it('groups the evidence of a relation every article reports by article', () => {
    const c = relationCoverage(index, rel('r-backs'));
    expect(c.reporting.map((a) => [a.doc.id, a.evidence])).toEqual([
      ['wire-1', [0]],
      ['copy-2', [1]],
      ['paper-3', [2]],
    ]);
    expect(c.silent).toEqual([]);
    expect(coverageLabel(c)).toBe('Reported in all 3 articles');
  });

  it('names the articles that do not report a relation instead of implying they do', () => {
    const c = relationCoverage(index, rel('r-iran'));
    expect(c.reporting.map((a) => a.doc.id)).toEqual(['wire-1']);
    expect(c.silent.map((d) => d.id)).toEqual(['copy-2', 'paper-3']);
    expect(coverageLabel(c)).toBe('Reported in 1 of 3 articles');
  });

  it('counts an article that carries the claim only by corroboration as reporting it, apart', () => {
    const r = rel('r-iran');
    const g: ActorGraph = {
      ...yemenGraph,
      relations: yemenGraph.relations.map((x) => (x.id === r.id ? { ...x, evidence: [{ ...x.evidence[0], corroboratedBy: ['copy-2'] }] } : x)),
    };
    const i2 = indexGraph(g);
    const c = relationCoverage(i2, i2.relationById.get(r.id)!);
    expect(c.corroborating.map((d) => d.id)).toEqual(['copy-2']);
    expect(c.silent.map((d) => d.id)).toEqual(['paper-3']);
    expect(coverageLabel(c)).toBe('Reported in 2 of 3 articles');
  });

  it('words two-article and one-article corpora naturally', () => {
    const docs = yemenGraph.documents.slice(0, 2);
    const two = { reporting: [{ doc: docs[0], evidence: [0] }], corroborating: [], silent: [docs[1]], total: 2 };
    expect(coverageLabel(two)).toBe('Reported in 1 of 2 articles');
    expect(coverageLabel({ ...two, reporting: [...two.reporting, { doc: docs[1], evidence: [1] }], silent: [] })).toBe('Reported in both articles');
    expect(coverageLabel({ ...two, silent: [], total: 1 })).toBe('Reported in the only article');
  });

  it('names a document by title, else outlet', () => {
    expect(documentName(index.docById.get('wire-1')!)).toBe('Yemen talks open in Stockholm');
    expect(documentName(index.docById.get('paper-3')!)).toBe('Gulf Ledger');
  });
});
