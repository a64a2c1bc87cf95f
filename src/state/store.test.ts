import { beforeEach, describe, expect, it } from 'vitest';
import { useViewStore, viewStateOf } from './store';
import { DEFAULT_VIEW } from './viewState';
import { selectFiltered, selectCounts, filterInputOf, memoLast } from './selectors';
import { yemenGraph } from '../graph/__fixtures__/yemen';

const s = () => useViewStore.getState();

beforeEach(() => useViewStore.setState(DEFAULT_VIEW));

describe('view store actions', () => {
  it('holds exactly the default view state at start', () => {
    expect(viewStateOf(s())).toEqual(DEFAULT_VIEW);
  });

  it('toggles list filters on and off', () => {
    s().toggleFamily('support');
    s().toggleFamily('conflict');
    expect(s().families).toEqual(['support', 'conflict']);
    s().toggleFamily('support');
    expect(s().families).toEqual(['conflict']);
    s().toggleKind('state');
    s().toggleRole('mediator');
    s().toggleSource('doc-1');
    expect([s().kinds, s().roles, s().sources]).toEqual([['state'], ['mediator'], ['doc-1']]);
  });

  it('normalises min evidence, focus depth and reversed time ranges', () => {
    s().setMinEvidence(0);
    expect(s().minEvidence).toBe(1);
    s().setMinEvidence(3.7);
    expect(s().minEvidence).toBe(3);
    s().setFocus({ actor: 'x', depth: 2.5 });
    expect(s().focus).toEqual({ actor: 'x', depth: 2 });
    s().setTimeRange(['2017-02-01', '2017-01-01']);
    expect(s().timeRange).toEqual(['2017-01-01', '2017-02-01']);
  });

  it('clears the time range when the clock changes, not when it is set again', () => {
    s().setTimeRange(['2017-01-01', '2017-01-31']);
    s().setClock('event');
    expect(s().timeRange).not.toBeNull();
    s().setClock('published');
    expect(s().clock).toBe('published');
    expect(s().timeRange).toBeNull();
  });

  it('selects, opens the reader, pins and unpins', () => {
    s().select({ type: 'relation', id: 'r1', evidence: 1 });
    s().openReader('d1', 'd1#s3');
    s().pin('a', [1, 2]);
    s().pin('b', [3, 4]);
    s().unpin('a');
    expect(s().selection).toEqual({ type: 'relation', id: 'r1', evidence: 1 });
    expect(s().reader).toEqual({ doc: 'd1', sentence: 'd1#s3' });
    expect(s().pinned).toEqual({ b: [3, 4] });
    s().closeReader();
    expect(s().reader).toBeNull();
  });

  it('replaceState applies many fields at once; resetFilters keeps corpus and pins', () => {
    s().replaceState({ corpus: 'mine', families: ['invite'], search: 'x', view: 'table', pinned: { a: [0, 0] } });
    expect(s().corpus).toBe('mine');
    expect(s().view).toBe('table');
    s().resetFilters();
    expect(s().families).toEqual([]);
    expect(s().search).toBe('');
    expect(s().corpus).toBe('mine');
    expect(s().pinned).toEqual({ a: [0, 0] });
  });
});

describe('selectors', () => {
  it('memoise on the filter fields, recompute when one changes', () => {
    const a = selectFiltered(yemenGraph, filterInputOf(DEFAULT_VIEW));
    const b = selectFiltered(yemenGraph, filterInputOf({ ...DEFAULT_VIEW }));
    expect(b).toBe(a);
    const c = selectFiltered(yemenGraph, filterInputOf({ ...DEFAULT_VIEW, families: ['support'] }));
    expect(c).not.toBe(a);
    expect(c.relations).toHaveLength(2);
    expect(selectCounts(yemenGraph, filterInputOf(DEFAULT_VIEW)).families.support).toBe(2);
  });

  it('memoLast recomputes only on changed arguments', () => {
    let calls = 0;
    const f = memoLast((x: number) => (calls++, x * 2));
    f(1);
    f(1);
    f(2);
    expect(calls).toBe(2);
    // The previous call is still remembered (a deferred render asks for it), not older ones.
    expect(f(1)).toBe(2);
    expect(calls).toBe(2);
    f(3);
    f(2);
    expect(calls).toBe(3);
    f(1);
    expect(calls).toBe(4);
  });
});
