import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../workers/ingest';
import { MAX_DOCUMENTS, type IngestedDocument } from '../../workers/protocol';
import { hashString } from '../../workers/hash';
import type { DocAnalysis } from '../../workers/pipeline';
import { idbAnalysisCache } from '../../workers/analysisCache';
import { closeCorpusDb } from './db';
import { exportFileName, toCorpusExport } from './exportCorpus';
import { corpusStore } from './store';

let n = 0;
const fresh = () => corpusStore(`test-${++n}`);
const doc = (text: string, meta: Record<string, string | null> = {}): IngestedDocument => {
  const contentHash = hashString(text);
  return { input: { id: `d-${contentHash.slice(0, 12)}`, text, ...meta }, contentHash };
};
const YEMEN = [
  'Houthi and government delegations met in Rimbo, near Stockholm, on Thursday.',
  'The Saudi-led coalition said it backed the U.N. envoy’s plan for Hodeidah.',
  'Yemeni officials said last week that talks would resume in January.',
];

describe('corpus store (IndexedDB)', () => {
  it('creates, lists with counts, renames and deletes corpora', async () => {
    const s = fresh();
    const a = await s.create('Yemen');
    await new Promise((r) => setTimeout(r, 2));
    const b = await s.create('  ');
    expect(b.name).toBe('Untitled corpus');
    await s.addDocuments(a.id, YEMEN.map((t) => doc(t)));
    const list = await s.list();
    expect(list.map((c) => [c.name, c.documentCount])).toEqual([
      ['Untitled corpus', 0],
      ['Yemen', 3],
    ]);
    await s.rename(a.id, 'Yemen: Stockholm talks');
    expect((await s.get(a.id))?.name).toBe('Yemen: Stockholm talks');
    await s.remove(a.id);
    expect((await s.list()).map((c) => c.id)).toEqual([b.id]);
    expect(await s.documents(a.id)).toEqual([]);
  });

  it('keeps documents in order across a reconnect (a reload loses nothing)', async () => {
    const name = `test-${++n}`;
    const s = corpusStore(name);
    const c = await s.create('Ukraine');
    await s.addDocuments(c.id, [doc(YEMEN[0], { title: 'One' }), doc(YEMEN[1], { title: 'Two' })]);
    await closeCorpusDb(name);
    const again = corpusStore(name);
    expect((await again.documents(c.id)).map((d) => [d.order, d.input.title])).toEqual([
      [0, 'One'],
      [1, 'Two'],
    ]);
  });

  it('skips duplicate texts and makes ids unique', async () => {
    const s = fresh();
    const c = await s.create('x');
    const first = doc(YEMEN[0], { title: 'Original' });
    const r = await s.addDocuments(c.id, [first, doc(YEMEN[0]), { input: { id: first.input.id, text: 'Other text.' }, contentHash: hashString('Other text.') }]);
    expect(r.added.map((d) => d.id)).toEqual([first.input.id, `${first.input.id}-2`]);
    expect(r.skipped[0].reason).toMatch(/same text as "Original"/);
    expect((await s.get(c.id))?.documentCount).toBe(2);
  });

  it('enforces the per-corpus document limit', async () => {
    const s = fresh();
    const c = await s.create('big');
    const many = Array.from({ length: MAX_DOCUMENTS + 3 }, (_, i) => doc(`Article number ${i}.`));
    const r = await s.addDocuments(c.id, many);
    expect(r.added).toHaveLength(MAX_DOCUMENTS);
    expect(r.skipped).toHaveLength(3);
    expect(r.skipped[0].reason).toMatch(/at most 2,000 documents/);
  });

  it('edits metadata (blank means unknown) and removes documents', async () => {
    const s = fresh();
    const c = await s.create('x');
    const [d1, d2] = (await s.addDocuments(c.id, [doc(YEMEN[0], { title: 'Old', publishedAt: '2018-12-13' }), doc(YEMEN[1])])).added;
    const edited = await s.updateDocument(c.id, d1.id, { title: ' New ', publishedAt: '' });
    expect(edited.input).toMatchObject({ title: 'New', publishedAt: null, text: YEMEN[0] });
    await s.removeDocument(c.id, d2.id);
    expect((await s.documents(c.id)).map((d) => d.id)).toEqual([d1.id]);
    expect((await s.get(c.id))?.documentCount).toBe(1);
  });

  it('lists documents without their texts for the metadata editor', async () => {
    const s = fresh();
    const c = await s.create('x');
    await s.addDocuments(c.id, [doc(YEMEN[0], { title: 'One', publishedAt: '2018-12-13' })]);
    const [meta] = await s.documentsMeta(c.id);
    expect(meta.input).toEqual({ id: expect.any(String), title: 'One', publishedAt: '2018-12-13' });
    expect((await s.documents(c.id))[0].input.text).toBe(YEMEN[0]);
  });

  it('caches analyses by key', async () => {
    const s = fresh();
    const analysis = { version: 1, hash: 'h', document: { id: 'a', text: 't', sentences: [] }, actors: [], relations: [] } as unknown as DocAnalysis;
    const cache = idbAnalysisCache(s.dbName)!;
    await cache.put('k1', analysis);
    const got = await cache.get(['k1', 'k2']);
    expect([...got.keys()]).toEqual(['k1']);
    expect(got.get('k1')).toEqual(analysis);
  });
});

describe('deleting a corpus', () => {
  const analysis = { version: 1 } as unknown as DocAnalysis;

  it("drops the cached analyses of its texts, but not those another corpus still uses", async () => {
    const s = fresh();
    const cache = idbAnalysisCache(s.dbName)!;
    const [shared, onlyA, onlyB] = [doc(YEMEN[0]), doc(YEMEN[1]), doc(YEMEN[2])];
    const a = await s.create('A');
    const b = await s.create('B');
    await s.addDocuments(a.id, [shared, onlyA]);
    await s.addDocuments(b.id, [shared, onlyB]);
    // Keys are `<content hash>-<metadata/version hash>`; a text can have several (edited dates).
    const keys = [`${shared.contentHash}-m1`, `${onlyA.contentHash}-m1`, `${onlyA.contentHash}-m2`, `${onlyB.contentHash}-m1`, 'unrelated-m1'];
    for (const k of keys) await cache.put(k, analysis);
    await s.remove(a.id);
    expect([...(await cache.get(keys)).keys()].sort()).toEqual([`${shared.contentHash}-m1`, `${onlyB.contentHash}-m1`, 'unrelated-m1'].sort());
    await s.remove(b.id);
    expect([...(await cache.get(keys)).keys()]).toEqual(['unrelated-m1']);
  });

  it('drops the analysis of a text only the deleted corpus held', async () => {
    const s = fresh();
    const cache = idbAnalysisCache(s.dbName)!;
    const a = await s.create('A');
    const text = doc(YEMEN[0]);
    await s.addDocuments(a.id, [text]);
    await cache.put(`${text.contentHash}-m1`, analysis);
    await s.remove(a.id);
    expect((await cache.get([`${text.contentHash}-m1`])).size).toBe(0);
    expect(await s.list()).toEqual([]);
  });
});

describe('corpus export / import', () => {
  it('round-trips a corpus losslessly through one JSON file', async () => {
    const s = fresh();
    const c = await s.create('Yemen — <b>Stockholm</b> "talks"');
    const src = ingestFiles([
      { name: 'a.txt', bytes: new TextEncoder().encode(YEMEN[0]).buffer as ArrayBuffer },
      { name: 'b.html', bytes: new TextEncoder().encode(`<html><body><p>${YEMEN[1]}</p><script>alert(1)</script></body></html>`).buffer as ArrayBuffer },
      { name: 'c.json', bytes: new TextEncoder().encode(JSON.stringify({ title: 'Ç', source: 'Wire', url: 'https://example.org/a?b=1', author: 'A. Writer', publishedAt: '2018-12-06', text: YEMEN[2] })).buffer as ArrayBuffer },
    ]).flatMap((o) => o.documents);
    await s.addDocuments(c.id, src);
    const before = await s.documents(c.id);
    const meta = (await s.get(c.id))!;
    const json = JSON.stringify(toCorpusExport(meta, before));
    expect(exportFileName(meta)).toBe('Yemen-b-Stockholm-b-talks.parley-corpus.json');

    const outcomes = ingestFiles([{ name: 'export.json', bytes: new TextEncoder().encode(json).buffer as ArrayBuffer }]);
    expect(outcomes.every((o) => o.status === 'accepted')).toBe(true);
    expect(outcomes[0].manifestTitle).toBe(meta.name);
    const s2 = fresh();
    const c2 = await s2.create(outcomes[0].manifestTitle!);
    await s2.addDocuments(c2.id, outcomes.flatMap((o) => o.documents));
    const after = await s2.documents(c2.id);
    const strip = (d: (typeof before)[number]) => ({ id: d.id, order: d.order, input: d.input, contentHash: d.contentHash });
    expect(after.map(strip)).toEqual(before.map(strip));
    expect((await s2.get(c2.id))?.name).toBe(meta.name);
  });
});
