import { describe, expect, it } from 'vitest';
import { yemenGraph } from './__fixtures__/yemen';
import { corroboration, evidenceSegments, segmentText } from './highlight';
import { articleParagraphs } from './article';
import { indexGraph } from './model';
import { formatDayRange, formatIso, isoInterval } from './time';
import { timelineData } from './timeline';
import { filterGraph } from './filter';
import { legendEntries } from './legend';
import { DEFAULT_VIEW } from '../state/viewState';

const index = indexGraph(yemenGraph);

describe('sentence highlighting', () => {
  it('marks both actors and the trigger from offsets', () => {
    const rel = index.relationById.get('r-backs')!;
    const segs = evidenceSegments(index, rel, rel.evidence[0]);
    expect(segs.map((s) => s.text).join('')).toBe('Saudi Arabia backs the Yemeni government in its war against the Houthis.');
    expect(segs.filter((s) => s.kind === 'actor').map((s) => s.text)).toEqual(['Saudi Arabia', 'Yemeni government']);
    expect(segs.find((s) => s.kind === 'trigger')!.text).toBe('backs');
  });

  it('lets the trigger win where spans overlap and clips spans to the sentence', () => {
    const segs = segmentText('abcdefgh', 2, 7, [
      { start: 0, end: 4, kind: 'actor', actor: 'x' },
      { start: 3, end: 5, kind: 'trigger' },
    ]);
    expect(segs).toEqual([
      { kind: 'actor', text: 'c', actor: 'x' },
      { kind: 'trigger', text: 'de' },
      { kind: 'text', text: 'fg' },
    ]);
  });

  it('tells independent sources from republished copies', () => {
    const rel = index.relationById.get('r-backs')!;
    expect(corroboration(yemenGraph, rel.evidence).label).toBe('2 sources + 1 republished copy');
    expect(corroboration(yemenGraph, rel.evidence.slice(0, 1)).label).toBe('1 source');
  });

  it('counts the same with the index\'s documents by id (the fast path for many relations)', () => {
    for (const rel of yemenGraph.relations) {
      expect(corroboration(yemenGraph, rel.evidence, index.docById)).toEqual(corroboration(yemenGraph, rel.evidence));
    }
    const rel = index.relationById.get('r-backs')!;
    expect(corroboration(yemenGraph, rel.evidence, index.docById).label).toBe('2 sources + 1 republished copy');
  });
});

describe('article paragraphs', () => {
  it('cuts paragraphs into sentence pieces that cover the text', () => {
    const doc = index.docById.get('wire-1')!;
    const paras = articleParagraphs(doc);
    expect(paras).toHaveLength(3);
    expect(paras[1].pieces.map((p) => p.sentence)).toEqual(['wire-1#s2', undefined, 'wire-1#s3']);
    expect(paras.map((p) => p.pieces.map((x) => doc.text.slice(x.start, x.end)).join('')).join('\n\n')).toBe(doc.text);
  });
});

describe('dates and timeline', () => {
  it('turns ISO prefixes into inclusive day intervals', () => {
    expect(isoInterval('2016-12')).toEqual({ start: Date.UTC(2016, 11, 1), end: Date.UTC(2016, 11, 31) });
    expect(isoInterval('2017')!.end).toBe(Date.UTC(2017, 11, 31));
    expect(isoInterval('garbage')).toBeNull();
    expect(formatIso('2017-01-22')).toBe('22 Jan 2017');
    expect(formatIso('2016-12')).toBe('Dec 2016');
    expect(formatDayRange(Date.UTC(2017, 0, 22), Date.UTC(2017, 0, 23))).toBe('22–23 Jan 2017');
    expect(formatDayRange(Date.UTC(2016, 11, 30), Date.UTC(2017, 0, 2))).toBe('30 Dec 2016 – 2 Jan 2017');
  });

  it('makes one mark per dated evidence and keeps undated evidence apart', () => {
    const f = filterGraph(index, DEFAULT_VIEW);
    const ev = timelineData(index, f.relations, 'event');
    expect(ev.marks).toHaveLength(4);
    expect(ev.undated).toHaveLength(7);
    expect(ev.lanes).toEqual(['support', 'mediate', 'negotiate', 'participate']);
    const pub = timelineData(index, f.relations, 'published');
    expect(pub.marks).toHaveLength(7);
    expect(pub.undated).toHaveLength(4);
    expect(pub.domain).toEqual({ start: Date.UTC(2018, 11, 6), end: Date.UTC(2018, 11, 7) });
  });

  it('builds the legend from encodings in use', () => {
    const l = legendEntries(filterGraph(index, { ...DEFAULT_VIEW, families: ['support'] }));
    expect(l.families).toEqual(['support']);
    expect(l.kinds).toEqual(['state', 'government', 'armed_group']);
    expect(l.negated).toBe(false);
    expect(legendEntries(filterGraph(index, DEFAULT_VIEW)).multiEdges).toBe(true);
  });
});

describe('relation phrases', () => {
  it('reads types as verbs and negates them in the base form', async () => {
    const { relationPhrase } = await import('./phrase');
    expect(relationPhrase('talks-with', false)).toBe('talks with');
    expect(relationPhrase('attends', true)).toBe('did not attend');
    expect(relationPhrase('talks-with', true)).toBe('did not talk with');
    expect(relationPhrase('accuses', true)).toBe('did not accuse');
    expect(relationPhrase('carries', true)).toBe('did not carry');
    expect(relationPhrase('reaches', true)).toBe('did not reach');
  });
});

describe('timeline mark packing', () => {
  it('stacks overlapping marks on new rows and reuses rows once free', async () => {
    const { packRows } = await import('./timeline');
    expect(packRows([[0, 10], [0, 10], [5, 8], [12, 20], [30, 31]], 1)).toEqual([0, 1, 2, 0, 0]);
  });
});
