import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { InputDocument } from '../extract/index';
import { addArticles } from './addArticles';
import { runExtractJob } from './job';
import type { DocAnalysis } from './pipeline';
import { PARTIAL_MAX_CHARS, type JobDocument, type WorkerResponse } from './protocol';

vi.mock('./pipeline', () => ({
  analyse: (input: InputDocument) => {
    if (input.text?.includes('BOOM')) throw new Error('cannot parse');
    return { v: 1, input, document: { text: input.text ?? '' } };
  },
  assemble: (analyses: { input: InputDocument }[], title: string | null) => ({
    schema: 'parley/actor-graph@1',
    corpus: { id: 'c', title },
    documents: analyses.map((a) => ({ id: a.input.id, text: a.input.text, sentences: [] })),
    actors: [],
    relations: [],
  }),
}));

const doc = (i: number, text = `Article ${i}.`): JobDocument => ({ key: `k${i}`, name: `file${i}.txt`, input: { id: `d${i}`, text } });

async function run(documents: JobDocument[], cancelAfter = Infinity, cacheDb: string | null = null) {
  const msgs: WorkerResponse[] = [];
  let analysed = 0;
  await runExtractJob(
    { id: 7, title: 'T', documents, cacheDb },
    {
      emit: (m) => {
        msgs.push(m);
        if (m.type === 'analysed') analysed++;
      },
      cancelled: () => analysed >= cancelAfter,
      yieldNow: () => Promise.resolve(),
    },
  );
  return msgs;
}

describe('runExtractJob', () => {
  it('reports progress per document and ends with the whole graph', async () => {
    const msgs = await run([doc(1), doc(2), doc(3)]);
    const progress = msgs.filter((m) => m.type === 'progress');
    expect(progress.map((m) => m.type === 'progress' && [m.done, m.current])).toEqual([
      [0, 'file1.txt'],
      [1, 'file2.txt'],
      [2, 'file3.txt'],
      [3, null],
    ]);
    expect(msgs.filter((m) => m.type === 'analysed')).toHaveLength(3);
    const last = msgs.at(-1)!;
    expect(last.type).toBe('done');
    expect(last.type === 'done' && last.graph!.documents.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    expect(msgs.every((m) => !('id' in m) || m.id === 7)).toBe(true);
  });

  it('reports a failing document and still processes the others', async () => {
    const msgs = await run([doc(1), doc(2, 'BOOM'), doc(3)]);
    const err = msgs.find((m) => m.type === 'doc-error');
    expect(err).toMatchObject({ key: 'k2', name: 'file2.txt', message: 'cannot parse' });
    const last = msgs.at(-1)!;
    expect(last.type === 'done' && last.graph!.documents.map((d) => d.id)).toEqual(['d1', 'd3']);
  });

  it('reuses cached analyses without re-analysing them', async () => {
    const cached = { v: 1, input: { id: 'd1', text: 'cached' } } as unknown as DocAnalysis;
    const msgs = await run([{ ...doc(1), cached }, doc(2)]);
    expect(msgs.filter((m) => m.type === 'analysed').map((m) => m.type === 'analysed' && m.key)).toEqual(['k2']);
    const last = msgs.at(-1)!;
    expect(last.type === 'done' && last.graph!.documents[0].text).toBe('cached');
  });

  it('fills the analysis cache and reads it back on the next run (the same article is never analysed twice)', async () => {
    const first = await run([doc(1), doc(2)], Infinity, 'job-cache-test');
    expect(first.filter((m) => m.type === 'analysed')).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 20));
    const second = await run([doc(1), doc(2), doc(3)], Infinity, 'job-cache-test');
    expect(second.filter((m) => m.type === 'analysed').map((m) => m.type === 'analysed' && m.key)).toEqual(['k3']);
    const last = second.at(-1)!;
    expect(last.type === 'done' && last.graph!.documents.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
  });

  it('posts growing partial graphs, backing off, and none once the text gets large', async () => {
    let clock = 0;
    const msgs: WorkerResponse[] = [];
    const small = Array.from({ length: 6 }, (_, i) => doc(i));
    await runExtractJob({ id: 1, title: null, documents: small }, { emit: (m) => msgs.push(m), cancelled: () => false, yieldNow: async () => {}, now: () => (clock += 300) });
    // 300 ms per call: first partial after ≥400 ms, the next after ≥800 ms more, …
    const partials = msgs.filter((m) => m.type === 'partial').map((m) => m.type === 'partial' && m.done);
    expect(partials.length).toBeGreaterThan(0);
    expect(partials.length).toBeLessThan(5);
    expect(partials).toEqual([...(partials as number[])].sort((a, b) => a - b));

    const half = Math.ceil(PARTIAL_MAX_CHARS * 0.6);
    const big = [doc(1, 'x'.repeat(half)), doc(2, 'y'.repeat(half)), doc(3), doc(4)];
    const bigMsgs: WorkerResponse[] = [];
    await runExtractJob({ id: 2, title: null, documents: big }, { emit: (m) => bigMsgs.push(m), cancelled: () => false, yieldNow: async () => {}, now: () => (clock += 10_000) });
    expect(bigMsgs.filter((m) => m.type === 'partial').map((m) => m.type === 'partial' && m.done)).toEqual([1]);
  });

  it('stops when cancelled and returns the graph of the documents done', async () => {
    const msgs = await run([doc(1), doc(2), doc(3), doc(4)], 2);
    const last = msgs.at(-1)!;
    expect(last).toMatchObject({ type: 'cancelled', done: 2 });
    expect(last.type === 'cancelled' && last.graph?.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(msgs.some((m) => m.type === 'done')).toBe(false);
  });

  it('reads a stored corpus itself (only its id crosses to the worker) and caches by content', async () => {
    const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text).buffer as ArrayBuffer });
    const added = await addArticles('job-stored-test', { newName: 'Sudan' }, [file('a.txt', 'The envoy met the army.'), file('b.txt', 'Talks resumed in Jeddah.')], []);
    // The page gets ids and titles back, never the texts.
    expect(added.outcomes.flatMap((o) => o.documents.map((d) => d.input.text))).toEqual([undefined, undefined]);
    const go = async () => {
      const msgs: WorkerResponse[] = [];
      await runExtractJob(
        { id: 3, title: null, corpusId: added.corpus.id, version: 'v1', cacheDb: 'job-stored-test' },
        { emit: (m) => msgs.push(m), cancelled: () => false, yieldNow: () => new Promise((r) => setTimeout(r, 5)) },
      );
      return msgs;
    };
    const first = await go();
    const last = first.at(-1)!;
    expect(last.type === 'done' && last.graph!.documents.map((d) => d.text)).toEqual(['The envoy met the army.', 'Talks resumed in Jeddah.']);
    expect(last.type === 'done' && last.graph!.corpus.title).toBe('Sudan');
    expect(first.filter((m) => m.type === 'analysed')).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 20));
    expect((await go()).filter((m) => m.type === 'analysed')).toHaveLength(0);
  });

  it('fails with a message, not a hang, when the stored corpus is gone', async () => {
    const msgs: WorkerResponse[] = [];
    await runExtractJob({ id: 4, title: null, corpusId: 'nope', version: 'v1', cacheDb: 'job-stored-test' }, { emit: (m) => msgs.push(m), cancelled: () => false, yieldNow: async () => {} });
    expect(msgs).toEqual([{ type: 'failed', id: 4, message: expect.stringMatching(/could not be read/) }]);
  });

  it('ingests its own files (a linked manifest) and reports their outcomes without the texts', async () => {
    const enc = (t: string) => new TextEncoder().encode(t).buffer as ArrayBuffer;
    const manifest = { title: 'Libya', documents: [{ file: 'a.txt', title: 'A' }, { file: 'gone.txt' }] };
    const msgs: WorkerResponse[] = [];
    await runExtractJob(
      { id: 5, title: 'Libya', version: 'v1', files: [{ name: 'manifest.json', bytes: enc(JSON.stringify(manifest)) }, { name: 'a.txt', bytes: enc('The envoy met the delegation in Tripoli.') }] },
      { emit: (m) => msgs.push(m), cancelled: () => false, yieldNow: async () => {} },
    );
    const ingested = msgs.find((m) => m.type === 'ingested');
    expect(ingested?.type === 'ingested' && ingested.outcomes.map((o) => [o.status, o.documents.map((d) => d.input.text)])).toEqual([
      ['accepted', [undefined]],
      ['rejected', []],
    ]);
    const last = msgs.at(-1)!;
    expect(last.type === 'done' && last.graph!.documents.map((d) => d.text)).toEqual(['The envoy met the delegation in Tripoli.']);
  });
});
