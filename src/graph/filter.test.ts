import { describe, expect, it } from 'vitest';
import { yemenGraph } from './__fixtures__/yemen';
import { filterGraph, type FilterInput } from './filter';
import { facetCounts } from './counts';
import { indexGraph } from './model';
import { neighbourhood } from './focus';

const base: FilterInput = {
  families: [],
  kinds: [],
  roles: [],
  sources: [],
  negated: 'show',
  minEvidence: 1,
  search: '',
  timeRange: null,
  clock: 'event',
  focus: null,
};
const index = indexGraph(yemenGraph);
const run = (f: Partial<FilterInput>) => filterGraph(index, { ...base, ...f });
const relIds = (f: Partial<FilterInput>) => run(f).relations.map((r) => r.id).sort();
const actorIds = (f: Partial<FilterInput>) => run(f).actors.map((a) => a.id).sort();

describe('filterGraph', () => {
  it('shows every relation and every connected actor by default', () => {
    expect(relIds({})).toHaveLength(9);
    expect(actorIds({})).toHaveLength(8);
  });

  it('filters by family and kind (both relation ends must pass)', () => {
    expect(relIds({ families: ['support'] })).toEqual(['r-backs', 'r-iran']);
    expect(actorIds({ families: ['support'] })).toEqual(['houthis', 'iran', 'saudi-arabia', 'yemeni-government']);
    expect(relIds({ kinds: ['state', 'armed_group'] })).toEqual(['r-iran', 'r-war']);
  });

  it('filters by role: an actor passes when it has any chosen role', () => {
    expect(relIds({ roles: ['sponsor', 'party'] })).toEqual(['r-backs', 'r-meet', 'r-war']);
  });

  it('filters evidence by source and drops relations left without evidence', () => {
    const f = run({ sources: ['paper-3'] });
    expect(f.relations.map((r) => r.id).sort()).toEqual(['r-backs', 'r-host', 'r-iran-no', 'r-meet']);
    const backs = f.relations.find((r) => r.id === 'r-backs')!;
    expect(backs.evidence).toHaveLength(1);
    expect(backs.evidenceIndex).toEqual([2]);
  });

  it('applies negated show / hide / only', () => {
    expect(relIds({ negated: 'hide' })).not.toContain('r-iran-no');
    expect(relIds({ negated: 'only' })).toEqual(['r-iran-no']);
  });

  it('applies the minimum evidence count after source filtering', () => {
    expect(relIds({ minEvidence: 2 })).toEqual(['r-backs']);
    expect(relIds({ minEvidence: 2, sources: ['wire-1'] })).toEqual([]);
  });

  it('search matches any alias, case- and accent-insensitively, keeping the matches relations', () => {
    expect(relIds({ search: 'ansar allah' })).toEqual(['r-attend', 'r-iran', 'r-war']);
    expect(actorIds({ search: 'HADI' })).toEqual(['saudi-arabia', 'yemeni-government']);
    expect(actorIds({ search: 'no such actor' })).toEqual([]);
  });

  it('time range on the event clock keeps overlapping dated evidence and counts undated apart', () => {
    const f = run({ timeRange: ['2018-12-07', '2018-12-31'] });
    // December (month precision) overlaps; 6 Dec attendance does not; 8 Dec meeting does.
    expect(f.relations.map((r) => r.id).sort()).toEqual(['r-backs', 'r-meet', 'r-un']);
    expect(f.undatedHidden).toBeGreaterThan(0);
    expect(relIds({ timeRange: ['2018-12-06', '2018-12-06'] }).sort()).toEqual(['r-attend', 'r-backs', 'r-un']);
  });

  it('time range on the published clock uses the documents publication dates', () => {
    const f = run({ clock: 'published', timeRange: ['2018-12-07', '2018-12-07'] });
    expect(f.relations.map((r) => r.id)).toEqual(['r-backs']);
    expect(f.relations[0].evidence.map((e) => e.doc)).toEqual(['copy-2']);
    // paper-3 has no publication date: its evidence is undated on this clock
    expect(f.undatedHidden).toBe(4);
  });

  it('focus keeps the neighbourhood N steps out', () => {
    expect(actorIds({ focus: { actor: 'iran', depth: 1 } })).toEqual(['houthis', 'iran', 'stockholm-talks']);
    expect(actorIds({ focus: { actor: 'iran', depth: 0 } })).toEqual(['iran']);
    expect(actorIds({ focus: { actor: 'iran', depth: 2 } })).toContain('saudi-arabia');
  });
});

describe('neighbourhood', () => {
  it('walks edges in both directions up to the depth', () => {
    const edges = [['a', 'b'], ['c', 'b'], ['c', 'd']] as const;
    expect([...neighbourhood('a', edges, 2)].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood('d', edges, 9)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('facetCounts', () => {
  it('counts each facet under the other choices only', () => {
    const c = facetCounts(index, { ...base, families: ['support'] });
    // family counts ignore the family choice itself
    expect(c.families.support).toBe(2);
    expect(c.families.mediate).toBe(2);
    // kinds are counted among actors visible under the family choice
    expect(c.kinds.state).toBe(2);
    expect(c.kinds.event).toBeUndefined();
    expect(c.sources).toEqual({ 'wire-1': 2, 'copy-2': 1, 'paper-3': 1 });
    expect(c.negated).toEqual({ negated: 0, affirmed: 2 });
  });
});
