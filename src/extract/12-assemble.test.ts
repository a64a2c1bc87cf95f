import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ActorGraph,
  analyseDocument,
  assembleGraph,
  extractCorpus,
  hashText,
  prepareDocument,
  type InputDocument,
} from './index';
import { FIXTURES } from './fixtures/conflicts';
import { checkFixture } from './fixtures/check';

/** Every rule of contracts.md that a graph must satisfy; returns the violations. */
function violations(g: ActorGraph): string[] {
  const bad: string[] = [];
  const docs = new Map(g.documents.map((d) => [d.id, d]));
  const sentences = new Map(
    g.documents.flatMap((d) => d.sentences.map((s) => [s.id, { ...s, doc: d.id }] as const)),
  );
  const actors = new Set(g.actors.map((a) => a.id));
  const inside = (what: string, doc: string, sid: string, start: number, end: number) => {
    const s = sentences.get(sid);
    if (!s || s.doc !== doc || start < s.start || end > s.end || start > end)
      bad.push(`${what} ${sid} ${start}-${end}`);
  };
  for (const d of g.documents)
    for (const s of d.sentences)
      if (s.start < 0 || s.end > d.text.length || s.start >= s.end) bad.push(`sentence ${s.id}`);
  for (const d of g.documents) if (d.duplicateOf && !docs.has(d.duplicateOf)) bad.push(`duplicateOf ${d.id}`);
  for (const a of g.actors) {
    if (a.affiliation && !actors.has(a.affiliation)) bad.push(`affiliation ${a.id}`);
    for (const m of a.mentions) inside(`mention ${a.id}`, m.doc, m.sentence, m.start, m.end);
  }
  const ids = new Set<string>();
  for (const r of g.relations) {
    if (ids.has(r.id)) bad.push(`duplicate relation id ${r.id}`);
    ids.add(r.id);
    if (!actors.has(r.source) || !actors.has(r.target)) bad.push(`endpoint ${r.id}`);
    for (const e of r.evidence) {
      if (!docs.has(e.doc)) bad.push(`doc ${r.id}`);
      inside(`evidence ${r.id}`, e.doc, e.sentence, e.start, e.end);
      if (e.trigger) inside(`trigger ${r.id}`, e.doc, e.sentence, e.trigger.start, e.trigger.end);
      for (const c of e.corroboratedBy ?? [])
        if (!docs.has(c) || c === e.doc) bad.push(`corroboratedBy ${r.id}`);
    }
  }
  return bad;
}

function seedInputs(): InputDocument[] {
  const dir = path.resolve(__dirname, '../../public/seeds');
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  return manifest.documents.map((d: { file: string; id?: string }) => ({
    ...d,
    id: d.id ?? path.basename(d.file, '.txt'),
    text: fs.readFileSync(path.join(dir, d.file), 'utf8'),
  }));
}

describe('12 assemble', () => {
  it('turns the seed corpus into a valid graph with a republished copy and corroborated claims', () => {
    const g = extractCorpus(seedInputs(), { title: 'seeds' });
    expect(() => ActorGraph.parse(g)).not.toThrow();
    expect(violations(g)).toEqual([]);
    expect(g.documents[1].duplicateOf).toBe(g.documents[0].id);
    const corroborated = g.relations.filter((r) => r.evidence.some((e) => e.corroboratedBy?.length));
    expect(corroborated.length).toBeGreaterThan(5);
    const roles = new Map(g.actors.map((a) => [a.id, a.roles]));
    expect(roles.get('russia')).toContain('mediator');
    expect(roles.get('high-negotiations-committee')).toContain('excluded');
    expect(g.actors.find((a) => a.id === 'interfax')?.roles).toContain('source');
  });

  it.each(FIXTURES.map((f) => [f.id, f] as const))('extracts the %s fixture', (_id, f) => {
    const g = extractCorpus([{ id: f.id, text: f.text, publishedAt: f.publishedAt, source: f.source }]);
    expect(() => ActorGraph.parse(g)).not.toThrow();
    expect(violations(g)).toEqual([]);
    expect(checkFixture(g, f)).toEqual([]);
  });

  it('analyses documents into plain JSON that assembles to the same graph', () => {
    const inputs = seedInputs();
    const analyses = inputs.map((d, i) => analyseDocument(prepareDocument(d, i)));
    const roundTripped = JSON.parse(JSON.stringify(analyses));
    expect(assembleGraph(roundTripped, { title: 't' })).toEqual(assembleGraph(analyses, { title: 't' }));
    expect(analyses[0].hash).toBe(hashText(analyses[0].document.text));
  });

  it('hashes text stably', () => {
    expect(hashText('Parley')).toBe(hashText('Parley'));
    expect(hashText('Parley')).toMatch(/^[0-9a-f]{8}$/);
    expect(hashText('Parley')).not.toBe(hashText('parley'));
  });

  it('always produces a valid graph, whatever the text', () => {
    const word = fc.constantFrom(
      'Russia',
      'the',
      'talks',
      'U.N.',
      'envoy',
      'backed',
      'by',
      ',',
      'and',
      'Syrian',
      'government',
      'rebels',
      'was',
      'not',
      'invited',
      'to',
      'Astana',
      'President',
      'John',
      'Smith',
      'Committee',
      'Geneva',
      '-',
      "'s",
      '.',
      '\n',
      'he',
      'opened',
      'in',
      'December',
      'Kremlin',
      'met',
      'with',
      'who',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(word, { maxLength: 60 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const g = extractCorpus(texts.map((t, i) => ({ id: `d${i}`, text: t, publishedAt: '2020-01-01' })));
        ActorGraph.parse(g);
        expect(violations(g)).toEqual([]);
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});

describe('12 assemble — words that name JavaScript built-ins', () => {
  it("an article full of Object.prototype's member names is text like any other", () => {
    const words = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];
    const text = words
      .map((w, i) => `The ${w} attack on ${w} began ${i + 1} days ago, and ${w} militias known as ${w} ${w} strikes on Russia.`)
      .join(' ');
    const g = extractCorpus([{ id: 'proto', text: `Russia and Ukraine met in Geneva on Monday. ${text}`, publishedAt: '2024-03-04' }]);
    expect(() => ActorGraph.parse(g)).not.toThrow();
    expect(g.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['russia', 'ukraine']));
  });
});
