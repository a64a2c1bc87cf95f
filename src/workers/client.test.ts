import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ExtractionClient } from './client';
import { streamingGraphs } from './graphStream';
import { runExtractJob } from './job';
import type { JobDocument, WorkerRequest, WorkerResponse } from './protocol';

const docs = (n: number): JobDocument[] =>
  Array.from({ length: n }, (_, i) => ({ key: `k${i}`, name: `f${i}.txt`, input: { id: `d${i}`, text: `The envoy met the delegation ${i}.` } }));

type Mode = 'ok' | 'silent' | 'crash-after-1' | 'ignore-cancel';

/** An in-process stand-in for the worker: same protocol, scriptable failures. */
class FakeWorker extends EventTarget {
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  private cancelled = new Set<number>();
  constructor(private mode: Mode) {
    super();
    if (mode !== 'silent') setTimeout(() => this.send({ type: 'ready', version: 'fake' }));
  }
  // Graphs travel as the real worker sends them: in parts, through structured clone.
  private send = streamingGraphs((m: WorkerResponse) => {
    if (this.terminated) return;
    const ev = new MessageEvent('message', { data: structuredClone(m) });
    this.onmessage?.(ev);
    this.dispatchEvent(ev);
  });
  private crash() {
    const ev = new Event('error', { cancelable: true }) as ErrorEvent;
    Object.defineProperty(ev, 'message', { value: 'boom' });
    this.onerror?.(ev);
    this.dispatchEvent(ev);
  }
  postMessage(req: WorkerRequest) {
    if (req.type === 'cancel') {
      if (this.mode !== 'ignore-cancel') this.cancelled.add(req.id);
      return;
    }
    if (req.type !== 'extract') return;
    let analysed = 0;
    void runExtractJob(req, {
      emit: (m) => {
        if (m.type === 'analysed' && ++analysed === 2 && this.mode === 'crash-after-1') return this.crash();
        this.send(m);
      },
      cancelled: () => this.cancelled.has(req.id) || this.terminated,
      // 'ignore-cancel' simulates one long document: the worker never gets a turn.
      yieldNow: () => new Promise((r) => setTimeout(r, this.mode === 'ignore-cancel' ? 10_000 : 5)),
    });
  }
  terminate() {
    this.terminated = true;
  }
}

function client(mode: Mode | 'none' | 'throws', made: FakeWorker[] = []) {
  return new ExtractionClient({
    readyTimeoutMs: 200,
    cancelGraceMs: 100,
    createWorker: () => {
      if (mode === 'none') return null;
      if (mode === 'throws') throw new Error('blocked by CSP');
      const w = new FakeWorker(mode);
      made.push(w);
      return w as unknown as Worker;
    },
  });
}

describe('ExtractionClient', () => {
  it('runs a job in the worker with progress and analyses', async () => {
    const c = client('ok');
    const progress: number[] = [];
    const analysed: string[] = [];
    const r = await c.extract({ title: 'T', documents: docs(3) }, { onProgress: (d) => progress.push(d), onAnalysed: (k) => analysed.push(k) });
    expect(r.cancelled).toBe(false);
    expect(r.graph?.documents).toHaveLength(3);
    expect(progress.at(-1)).toBe(3);
    expect(analysed).toEqual(['k0', 'k1', 'k2']);
    expect(c.usingMainThread).toBe(false);
    expect(await c.pipelineVersion()).toBe('w:fake');
  });

  it.each(['none', 'throws', 'silent'] as const)('falls back to the main thread when the worker cannot start (%s)', async (mode) => {
    const c = client(mode);
    const notices: string[] = [];
    const r = await c.extract({ title: null, documents: docs(2) }, { onNotice: (m) => notices.push(m) });
    expect(r.graph?.documents).toHaveLength(2);
    expect(c.usingMainThread).toBe(true);
    expect(notices[0]).toMatch(/Background extraction unavailable/);
  });

  it('continues on the main thread when the worker crashes, reusing finished analyses', async () => {
    const c = client('crash-after-1');
    const notices: string[] = [];
    const analysed: string[] = [];
    const job = { title: null, documents: docs(4), cacheDb: 'client-crash-test' };
    const r = await c.extract(job, { onNotice: (m) => notices.push(m), onAnalysed: (k) => analysed.push(k) });
    expect(r.cancelled).toBe(false);
    expect(r.graph?.documents.map((d) => d.id)).toEqual(['d0', 'd1', 'd2', 'd3']);
    expect(notices.join(' ')).toMatch(/boom; continuing on the page/);
    // d0 was cached by the worker before the crash and is not analysed again
    expect(analysed.filter((k) => k === 'k0')).toHaveLength(1);
  });

  it('cancels via a message', async () => {
    const c = client('ok');
    const ac = new AbortController();
    const r = await c.extract({ title: null, documents: docs(50) }, { onAnalysed: (k) => k === 'k1' && ac.abort() }, ac.signal);
    expect(r.cancelled).toBe(true);
    expect(r.done).toBeLessThan(50);
  });

  it('terminates a worker that does not answer a cancel, then starts a fresh one', async () => {
    const made: FakeWorker[] = [];
    const c = client('ignore-cancel', made);
    const ac = new AbortController();
    const r = await c.extract({ title: null, documents: docs(50) }, { onAnalysed: () => ac.abort() }, ac.signal);
    expect(r.cancelled).toBe(true);
    expect(made[0].terminated).toBe(true);
    await c.pipelineVersion();
    expect(made).toHaveLength(2);
  });
});

describe('ExtractionClient notices', () => {
  it('tells every job, not just the first, that it runs on the main thread', async () => {
    const c = client('none');
    await c.ingest([{ name: 'a.txt', bytes: new TextEncoder().encode('Text.').buffer as ArrayBuffer }]);
    const notices: string[] = [];
    await c.extract({ title: null, documents: docs(1) }, { onNotice: (m) => notices.push(m) });
    expect(notices).toEqual([expect.stringMatching(/Background extraction unavailable/)]);
  });
});
