import { describe, expect, it } from 'vitest';
import { yemenGraph } from '../graph/export/fixtures/yemenGraph';
import { validateView } from './validateView';
import { DEFAULT_VIEW, type ViewState } from './viewState';

const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });
const g = yemenGraph();

describe('validateView against a loaded graph', () => {
  it('keeps a view whose references all exist', () => {
    const v = view({
      sources: ['aj-2'],
      selection: { type: 'relation', id: 'r5', evidence: 1 },
      focus: { actor: 'houthis', depth: 2 },
      reader: { doc: 'reuters-1', sentence: 'reuters-1#s2' },
      pinned: { iran: [1, 2] },
    });
    expect(validateView(v, g)).toEqual({ state: v, dropped: [] });
  });

  it.each<[string, Partial<ViewState>, RegExp, Partial<ViewState>]>([
    [
      'unknown actor selection',
      { selection: { type: 'actor', id: 'atlantis' } },
      /selected actor "atlantis"/,
      { selection: null },
    ],
    [
      'unknown relation selection',
      { selection: { type: 'relation', id: 'r99', evidence: 0 } },
      /selected relation "r99"/,
      { selection: null },
    ],
    [
      'evidence out of range keeps the relation',
      { selection: { type: 'relation', id: 'r1', evidence: 4 } },
      /evidence sentence 5 does not exist \(that relation has 1\)/,
      { selection: { type: 'relation', id: 'r1' } },
    ],
    [
      'unknown focus actor',
      { focus: { actor: 'nobody', depth: 2 } },
      /focus actor "nobody"/,
      { focus: null },
    ],
    [
      'unknown source document',
      { sources: ['aj-2', 'bbc-9'] },
      /source document "bbc-9"/,
      { sources: ['aj-2'] },
    ],
    ['unknown article', { reader: { doc: 'bbc-9' } }, /article "bbc-9"/, { reader: null }],
    [
      'unknown sentence keeps the article',
      { reader: { doc: 'aj-2', sentence: 'aj-2#s7' } },
      /sentence "aj-2#s7"/,
      { reader: { doc: 'aj-2' } },
    ],
    [
      'pins of unknown actors',
      { pinned: { iran: [0, 0], ghost: [1, 1] } },
      /pinned positions for unknown actors "ghost"/,
      { pinned: { iran: [0, 0] } },
    ],
    [
      'unknown family name',
      { families: ['support', 'gossip' as never] },
      /unknown relation family "gossip"/,
      { families: ['support'] },
    ],
  ])('%s', (_n, over, reason, expected) => {
    const r = validateView(view(over), g);
    expect(r.dropped.join('\n')).toMatch(reason);
    expect(r.state).toEqual(view({ ...over, ...expected }));
  });
});
