// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { yemenGraph } from '../graph/export/fixtures/yemenGraph';
import { useViewStore, viewStateOf } from './store';
import { startUrlSync, type UrlSync } from './urlSync';
import { DEFAULT_VIEW } from './viewState';

/** Lets the sync write the batch of store changes made in the current task. */
const tick = () => Promise.resolve();
const popped = () =>
  new Promise<void>((resolve) =>
    window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true }),
  );

describe('urlSync', () => {
  let sync: UrlSync | null = null;
  let clock = 0;
  let notices: string[][] = [];
  const start = (search: string) => {
    window.history.replaceState(null, '', '/app/index.html' + search);
    sync = startUrlSync({ now: () => clock, onIgnored: (m) => notices.push(m) });
    return sync;
  };
  const s = () => useViewStore.getState();

  beforeEach(() => {
    clock = 1000;
    notices = [];
    useViewStore.getState().replaceState({ ...DEFAULT_VIEW });
  });
  afterEach(() => {
    sync?.stop();
    vi.restoreAllMocks();
  });

  it('applies the link to the store before anything renders and canonicalises the URL', () => {
    start('?v=1&f=support&sel=a:houthis&zzz=1#top');
    expect(s().families).toEqual(['support']);
    expect(s().selection).toEqual({ type: 'actor', id: 'houthis' });
    expect(notices).toEqual([['unknown parameter "zzz"']]);
    expect(window.location.search).toBe('?v=1&f=support&sel=a:houthis');
    expect(window.location.hash).toBe('#top');
  });

  it('corrects an unusable corpus in place, keeps the rest of the link and reports why', async () => {
    start('?v=1&c=local:gone&f=support');
    const before = window.history.length;
    sync!.correct({ corpus: 'seed' }, ["Corpus 'gone' is not stored in this browser"]);
    await tick();
    expect(s().corpus).toBe('seed');
    expect(s().families).toEqual(['support']);
    expect(window.location.search).toBe('?v=1&f=support');
    // Replaced, not pushed: Back must not lead to the broken link again.
    expect(window.history.length).toBe(before);
    expect(notices).toEqual([["Corpus 'gone' is not stored in this browser"]]);
  });

  it('pushes a history entry per meaningful change, and Back/Forward restore the store', async () => {
    start('');
    const before = window.history.length;
    s().select({ type: 'actor', id: 'iran' });
    await tick();
    s().setView('table');
    await tick();
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?v=1&sel=a:iran&view=table');
    window.history.back();
    await popped();
    expect(s().view).toBe('graph');
    expect(s().selection).toEqual({ type: 'actor', id: 'iran' });
    window.history.back();
    await popped();
    expect(viewStateOf(s())).toEqual(DEFAULT_VIEW);
    window.history.forward();
    await popped();
    expect(s().selection).toEqual({ type: 'actor', id: 'iran' });
    // Restoring from history does not itself add entries.
    expect(window.location.search).toBe('?v=1&sel=a:iran');
  });

  it('coalesces a brush drag into one entry, but a later brush is a new entry', async () => {
    start('');
    const push = vi.spyOn(window.history, 'pushState');
    s().setTimeRange(['2018-12-01', '2018-12-05']);
    await tick();
    clock += 50;
    s().setTimeRange(['2018-12-01', '2018-12-09']);
    await tick();
    clock += 50;
    s().setTimeRange(['2018-12-02', '2018-12-10']);
    await tick();
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=1&t=2018-12-02..2018-12-10');
    clock += 2000;
    s().setTimeRange(['2018-12-03', '2018-12-10']);
    await tick();
    expect(push).toHaveBeenCalledTimes(2);
  });

  it('a discrete change right after a drag still pushes', async () => {
    start('');
    const push = vi.spyOn(window.history, 'pushState');
    s().pin('iran', [1, 2]);
    await tick();
    clock += 10;
    s().pin('iran', [3, 4]);
    await tick();
    clock += 10;
    s().setFamilies(['conflict']);
    await tick();
    expect(push).toHaveBeenCalledTimes(2);
  });

  it('validates against the loaded graph: drops stale ids, reports them, fixes the URL', () => {
    const sync = start('?sel=r:r1&ev=7&foc=atlantis~2&f=support');
    sync.validateAgainst(yemenGraph());
    expect(s().selection).toEqual({ type: 'relation', id: 'r1' });
    expect(s().focus).toBeNull();
    expect(s().families).toEqual(['support']);
    expect(notices.flat().join('\n')).toMatch(
      /evidence sentence 8 does not exist[\s\S]*focus actor "atlantis"/,
    );
    expect(window.location.search).toBe('?v=1&f=support&sel=r:r1');
  });

  it('a wrong-version link loads the default view with a notice', () => {
    start('?v=7&f=support');
    expect(viewStateOf(s())).toEqual(DEFAULT_VIEW);
    expect(notices[0][0]).toMatch(/version "7" is not supported/);
    expect(window.location.search).toBe('');
  });
});

describe('urlSync in an embed', () => {
  it("history: 'replace' keeps the URL current without adding entries", async () => {
    window.history.replaceState(null, '', '/embed.html');
    useViewStore.getState().replaceState({ ...DEFAULT_VIEW });
    const push = vi.spyOn(window.history, 'pushState');
    const sync = startUrlSync({ history: 'replace', onIgnored: () => {} });
    useViewStore.getState().select({ type: 'actor', id: 'iran' });
    await tick();
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?v=1&sel=a:iran');
    sync.stop();
  });
});

describe('urlSync batching', () => {
  it('several store changes in one task (one user action) make one history entry', async () => {
    window.history.replaceState(null, '', '/index.html');
    useViewStore.getState().replaceState({ ...DEFAULT_VIEW });
    const sync = startUrlSync({ onIgnored: () => {} });
    const push = vi.spyOn(window.history, 'pushState');
    useViewStore.getState().select({ type: 'relation', id: 'r5', evidence: 0 });
    useViewStore.getState().openReader('aj-2', 'aj-2#s0');
    await Promise.resolve();
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?v=1&sel=r:r5&ev=0&rd=aj-2~aj-2%23s0');
    sync.stop();
    vi.restoreAllMocks();
  });
});
