import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTOR_KINDS, FAMILIES, ROLES } from '../extract/schema';
import { decodeView, encodeView, isIsoDay } from './urlCodec';
import { DEFAULT_VIEW, type ViewState } from './viewState';

const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });

/** [name, state, exact expected query] — the link format is a public contract, so pin it. */
const ROUND_TRIPS: Array<[string, ViewState, string]> = [
  ['default view is the empty link', DEFAULT_VIEW, ''],
  [
    'corpus',
    view({ corpus: 'https://example.org/corpus/manifest.json' }),
    'v=1&c=https%3A%2F%2Fexample.org%2Fcorpus%2Fmanifest.json',
  ],
  ['families', view({ families: ['support', 'conflict'] }), 'v=1&f=support,conflict'],
  [
    'kinds and roles',
    view({ kinds: ['state', 'armed_group'], roles: ['mediator'] }),
    'v=1&k=state,armed_group&r=mediator',
  ],
  ['sources with odd ids', view({ sources: ['doc,1', 'a~b', 'c:d'] }), 'v=1&src=doc%2C1,a%7Eb,c%3Ad'],
  ['negated hide', view({ negated: 'hide' }), 'v=1&neg=hide'],
  ['negated only', view({ negated: 'only' }), 'v=1&neg=only'],
  ['min evidence', view({ minEvidence: 2 }), 'v=1&min=2'],
  ['search with spaces and plus', view({ search: 'al qaeda + isis' }), 'v=1&q=al%20qaeda%20%2B%20isis'],
  ['unicode search', view({ search: 'الحوثيون' }), `v=1&q=${encodeURIComponent('الحوثيون')}`],
  ['time range', view({ timeRange: ['2016-12-01', '2017-01-31'] }), 'v=1&t=2016-12-01..2017-01-31'],
  ['single-day range', view({ timeRange: ['2017-01-23', '2017-01-23'] }), 'v=1&t=2017-01-23..2017-01-23'],
  ['published clock', view({ clock: 'published' }), 'v=1&clk=pub'],
  ['actor selection', view({ selection: { type: 'actor', id: 'russia' } }), 'v=1&sel=a:russia'],
  ['relation selection', view({ selection: { type: 'relation', id: 'r-12' } }), 'v=1&sel=r:r-12'],
  [
    'cited evidence sentence',
    view({ selection: { type: 'relation', id: 'r-12', evidence: 3 } }),
    'v=1&sel=r:r-12&ev=3',
  ],
  [
    'evidence index 0 is kept',
    view({ selection: { type: 'relation', id: 'x', evidence: 0 } }),
    'v=1&sel=r:x&ev=0',
  ],
  ['focus depth 1 is short', view({ focus: { actor: 'russia', depth: 1 } }), 'v=1&foc=russia'],
  ['focus depth 2', view({ focus: { actor: 'russia', depth: 2 } }), 'v=1&foc=russia~2'],
  ['table view', view({ view: 'table' }), 'v=1&view=table'],
  ['reader doc only', view({ reader: { doc: 'doc-1' } }), 'v=1&rd=doc-1'],
  [
    'reader with sentence',
    view({ reader: { doc: 'doc-1', sentence: 'doc-1#s12' } }),
    'v=1&rd=doc-1~doc-1%23s12',
  ],
  [
    'pins',
    view({ pinned: { russia: [12.5, -30], 'us:gov': [0, 0.1] } }),
    'v=1&pin=russia:12.5:-30,us%3Agov:0:0.1',
  ],
  [
    'everything at once',
    view({
      corpus: 'yemen',
      families: ['mediate'],
      negated: 'hide',
      minEvidence: 3,
      search: 'envoy',
      timeRange: ['2018-12-01', '2018-12-31'],
      clock: 'published',
      selection: { type: 'relation', id: 'r2', evidence: 1 },
      focus: { actor: 'houthis', depth: 3 },
      view: 'table',
      reader: { doc: 'aj-2' },
    }),
    'v=1&c=yemen&f=mediate&neg=hide&min=3&q=envoy&t=2018-12-01..2018-12-31&clk=pub&sel=r:r2&ev=1&foc=houthis~3&view=table&rd=aj-2',
  ],
];

describe('urlCodec round trip table', () => {
  it.each(ROUND_TRIPS)('%s', (_name, state, expected) => {
    expect(encodeView(state)).toBe(expected);
    const back = decodeView(expected);
    expect(back.ignored).toEqual([]);
    expect(back.state).toEqual(state);
    // Works with a leading "?" and from URLSearchParams too.
    expect(decodeView('?' + expected).state).toEqual(state);
  });

  it('reads the long ?corpus= form other features write', () => {
    expect(decodeView('corpus=' + encodeURIComponent('./my/manifest.json'))).toEqual({
      state: view({ corpus: './my/manifest.json' }),
      ignored: [],
    });
  });

  it('reads a link without v= as version 1', () => {
    expect(decodeView('f=support').state.families).toEqual(['support']);
  });

  it('decodes a URLSearchParams built by the browser', () => {
    const p = new URLSearchParams({ v: '1', q: 'a b', sel: 'a:russia' });
    expect(decodeView(p).state).toEqual(view({ search: 'a b', selection: { type: 'actor', id: 'russia' } }));
  });
});

const id = fc.string({ minLength: 1, maxLength: 12 });
const coord = fc.integer({ min: -99999, max: 99999 }).map((n) => n / 10);
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const subset = <T>(xs: readonly T[]) => fc.subarray([...xs]);

const arbView: fc.Arbitrary<ViewState> = fc.record({
  corpus: fc.oneof(fc.constant('seed'), id),
  families: subset(FAMILIES),
  kinds: subset(ACTOR_KINDS),
  roles: subset(ROLES),
  sources: fc.uniqueArray(id, { maxLength: 4 }),
  negated: fc.constantFrom('show', 'hide', 'only'),
  minEvidence: fc.integer({ min: 1, max: 999 }),
  search: fc.string({ maxLength: 20 }),
  timeRange: fc.option(
    fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]),
    { nil: null },
  ),
  clock: fc.constantFrom('event', 'published'),
  selection: fc.option(
    fc.oneof(
      id.map((i) => ({ type: 'actor' as const, id: i })),
      fc.record({ type: fc.constant('relation' as const), id }, { requiredKeys: ['type', 'id'] }),
      fc.record({ type: fc.constant('relation' as const), id, evidence: fc.nat(500) }),
    ),
    { nil: null },
  ),
  focus: fc.option(fc.record({ actor: id, depth: fc.integer({ min: 0, max: 6 }) }), { nil: null }),
  view: fc.constantFrom('graph', 'table'),
  reader: fc.option(fc.oneof(fc.record({ doc: id }), fc.record({ doc: id, sentence: id })), { nil: null }),
  pinned: fc.dictionary(id, fc.tuple(coord, coord), { maxKeys: 5 }),
}) as fc.Arbitrary<ViewState>;

describe('urlCodec properties', () => {
  it('encode → decode is the identity for any valid view', () => {
    fc.assert(
      fc.property(arbView, (v) => {
        const { state, ignored } = decodeView(encodeView(v));
        expect(ignored).toEqual([]);
        expect(state).toEqual(v);
      }),
      { seed: 4242, numRuns: 400 },
    );
  });

  it('decoding never throws and always yields a view, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const r = decodeView(junk);
        expect(typeof r.state.corpus).toBe('string');
        expect(Array.isArray(r.ignored)).toBe(true);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

/** [query, a fragment the reason must contain, what still applies]. */
const GARBAGE: Array<[string, RegExp, Partial<ViewState>]> = [
  ['?v=9', /version "9" is not supported/, {}],
  ['?v=9&f=support', /version/, {}],
  ['?v=abc', /version/, {}],
  ['?t=2017-13-45..x', /time range/, {}],
  ['?t=2017-02-30..2017-03-01', /time range/, {}],
  ['?t=2017-03-01..2017-02-01', /ends before it starts/, {}],
  ['?t=', /empty/, {}],
  ['?sel=r:', /selection/, {}],
  ['?sel=x:russia', /selection/, {}],
  ['?f=%E0%A4%A', /not valid text/, {}],
  ['?f=support,bogus', /unknown relation family "bogus"/, { families: ['support'] }],
  ['?k=planet', /unknown actor kind/, {}],
  ['?r=villain', /unknown role/, {}],
  ['?min=-3', /minimum evidence/, {}],
  ['?min=0', /minimum evidence/, {}],
  ['?min=2.5', /minimum evidence/, {}],
  ['?pin=a:NaN:1', /pinned position/, {}],
  ['?pin=a:1:2,b:x:y', /pinned position "b:x:y"/, { pinned: { a: [1, 2] } }],
  ['?neg=maybe', /negated/, {}],
  ['?clk=wall', /clock/, {}],
  ['?view=3d', /view/, {}],
  ['?foc=russia~99', /focus/, {}],
  ['?foc=russia~', /focus/, {}],
  ['?rd=a~b~c', /article/, {}],
  ['?ev=2', /needs a selected relation/, {}],
  ['?sel=a:russia&ev=1', /needs a selected relation/, { selection: { type: 'actor', id: 'russia' } }],
  ['?sel=r:x&ev=two', /not a sentence number/, { selection: { type: 'relation', id: 'x' } }],
  ['?zzz=1&f=mediate', /unknown parameter "zzz"/, { families: ['mediate'] }],
  ['?f=support&f=conflict', /more than once/, { families: ['support'] }],
  ['?q=%', /search/, {}],
  ['?__proto__=x', /unknown parameter "__proto__"/, {}],
  ['?constructor=x', /unknown parameter/, {}],
  ['?q=' + 'a'.repeat(3000), /too long/, {}],
];

describe('urlCodec garbage table', () => {
  it.each(GARBAGE)('%s', (query, reason, applies) => {
    const r = decodeView(query);
    expect(r.ignored.join('\n')).toMatch(reason);
    expect(r.state).toEqual(view(applies));
  });

  it('10 kB of junk is ignored with a short, capped list of reasons', () => {
    let s = 12345;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const chars = 'ab=&%~:,.?#;-_ZXé\u0000';
    const junk = Array.from({ length: 10_000 }, () => chars[Math.floor(rnd() * chars.length)]).join('');
    const r = decodeView(junk);
    expect(r.ignored.length).toBeGreaterThan(0);
    expect(r.ignored.length).toBeLessThanOrEqual(13);
    expect(r.ignored.every((m) => m.length < 200)).toBe(true);
  });
});

describe('isIsoDay', () => {
  it.each([
    ['2016-02-29', true],
    ['2017-02-29', false],
    ['2017-1-01', false],
    ['2017-12-31', true],
  ])('%s → %s', (s, ok) => expect(isIsoDay(s)).toBe(ok));
});

describe('urlCodec tolerance', () => {
  it('reads enum lists whose commas a mail client escaped', () => {
    expect(decodeView('f=support%2Cconflict').state.families).toEqual(['support', 'conflict']);
  });
});
