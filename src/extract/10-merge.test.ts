import { describe, expect, it } from 'vitest';
import {
  findDuplicates,
  fnv1a,
  mergeActors,
  mergeRelations,
  shingles,
  type RelationRecord,
} from './10-merge';

const article =
  'Syrian opposition and government delegates arrived Sunday in Astana, a day before peace talks and an anticipated first face-to-face meeting between the foes in a year. Russia and Iran back the government while Turkey supports rebels who want him removed.';

describe('10 merge', () => {
  it('hashes deterministically', () => {
    expect(fnv1a('abc')).toBe(fnv1a('abc'));
    expect(fnv1a('abc')).not.toBe(fnv1a('abd'));
    expect(shingles('one two three four five six seven eight nine').size).toBe(2);
  });

  it.each([
    [
      'an edited republication',
      [article, 'ASTANA — ' + article.replace('Sunday', 'Monday') + ' Source: VOA'],
      [null, 'a'],
    ],
    [
      'two different articles',
      [
        article,
        'Houthi rebels and the Saudi-led coalition agreed to a truce in Stockholm after a week of talks mediated by the United Nations envoy.',
      ],
      [null, null],
    ],
    [
      'a copy of the second, not the first',
      [
        'Completely different text about elections in a distant country with many words in it.',
        article,
        article,
      ],
      [null, null, 'b'],
    ],
  ])('detects republished copies: %s', (_name, texts, expected) => {
    const ids = ['a', 'b', 'c'];
    expect(findDuplicates(texts.map((text, i) => ({ id: ids[i], text })))).toEqual(expected);
  });

  it('merges actors by id, keeping every alias and mention', () => {
    const m = (doc: string) => ({ doc, sentence: `${doc}#s0`, start: 0, end: 6 });
    const merged = mergeActors([
      [
        {
          id: 'russia',
          name: 'Russia',
          kind: 'state',
          affiliation: null,
          aliases: ['Russia', 'Moscow'],
          mentions: [m('a')],
        },
      ],
      [
        {
          id: 'russia',
          name: 'Russia',
          kind: 'state',
          affiliation: null,
          aliases: ['Russia', 'Kremlin'],
          mentions: [m('b')],
        },
      ],
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].aliases).toEqual(['Russia', 'Moscow', 'Kremlin']);
    expect(merged[0].mentions.map((x) => x.doc)).toEqual(['a', 'b']);
  });

  it('merges the same claim from several documents and records corroboration', () => {
    const ev = (doc: string) => ({ doc, sentence: `${doc}#s1`, start: 0, end: 10 });
    const r = (doc: string, negated = false): RelationRecord => ({
      source: 'russia',
      target: 'syria',
      family: 'support',
      type: 'backs',
      negated,
      evidence: [ev(doc)],
    });
    const merged = mergeRelations([[r('a')], [r('b'), r('b', true)], [r('c')]]);
    expect(merged).toHaveLength(2);
    const pos = merged.find((x) => !x.negated)!;
    expect(pos.evidence.map((e) => [e.doc, e.corroboratedBy])).toEqual([
      ['a', ['b', 'c']],
      ['b', ['a', 'c']],
      ['c', ['a', 'b']],
    ]);
    expect(merged.find((x) => x.negated)!.evidence[0].corroboratedBy).toBeUndefined();
  });
});
