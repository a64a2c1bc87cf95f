import { describe, expect, it } from 'vitest';
import { viewSubgraph } from '../../graph/export';
import { yemenGraph } from '../../graph/export/fixtures/yemenGraph';
import { DEFAULT_VIEW } from '../../state/viewState';
import { iframeSnippet } from './EmbedDialog';
import { fileStem } from './download';
import { dateRangeText, sourceCredits, viewTitle } from './viewMeta';

const g = yemenGraph();

describe('view metadata for exports and embeds', () => {
  it('describes a set range on its clock', () => {
    expect(dateRangeText({ timeRange: ['2016-12-01', '2017-01-31'], clock: 'event' }, g)).toBe(
      '1 Dec 2016 – 31 Jan 2017 (event dates)',
    );
  });
  it('falls back to the span of visible evidence', () => {
    expect(dateRangeText({ timeRange: null, clock: 'published' }, g)).toBe(
      '6 Dec 2018 – 10 Dec 2018 (publication dates)',
    );
    expect(dateRangeText({ timeRange: null, clock: 'event' }, g)).toBe('Dec 2018 (event dates)');
    const none = viewSubgraph(g, { relations: [] });
    expect(dateRangeText({ timeRange: null, clock: 'event' }, none)).toBe('All dates');
  });
  it('credits only the outlets behind visible evidence', () => {
    expect(sourceCredits(g)).toEqual(['Al Jazeera', 'Reuters']);
    expect(sourceCredits(viewSubgraph(g, { relations: g.relations.filter((r) => r.id === 'r1') }))).toEqual([
      'Reuters',
    ]);
  });
  it('titles a focused view', () => {
    expect(viewTitle(g, { ...DEFAULT_VIEW, focus: { actor: 'houthis', depth: 1 } })).toBe(
      'Yemen, December 2018: around Houthis',
    );
  });
  it('escapes the iframe snippet', () => {
    const s = iframeSnippet('http://x/embed.html?v=1&q="a"', 'T <b>', 640, 480);
    expect(s).toBe(
      '<iframe src="http://x/embed.html?v=1&amp;q=&quot;a&quot;" width="640" height="480" title="T &lt;b>" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    );
  });
  it('makes safe file stems', () => {
    expect(fileStem('Yemen, December 2018!')).toBe('parley-yemen-december-2018');
    expect(fileStem(null)).toBe('parley-corpus');
  });
});
