import { describe, expect, it } from 'vitest';
import { lexicon, phraseKeys, slug, tokKey, Trie } from './05-lexicon';

describe('05 lexicon', () => {
  it.each([
    ['U.N.', 'un'],
    ['U.S.', 'us'],
    ['Syria\u2019s', "syria's"],
    ['.', '.'],
    ['Talks', 'talks'],
  ])('tokKey(%s) = %s', (text, key) => expect(tokKey(text)).toBe(key));

  it.each([
    ['al-Qaida', ['al', '-', 'qaida']],
    ["Kazakhstan's Foreign Minister", ['kazakhstan', "'s", 'foreign', 'minister']],
    ['U.N. Special Envoy', ['un', 'special', 'envoy']],
  ])('phraseKeys(%s) splits like the tokenizer', (phrase, keys) => expect(phraseKeys(phrase)).toEqual(keys));

  it.each([
    ['Staffan de Mistura', 'staffan-de-mistura'],
    ["Bashar Ja'afari", 'bashar-jaafari'],
    ['Médecins Sans Frontières', 'medecins-sans-frontieres'],
  ])('slug(%s) = %s', (s, id) => expect(slug(s)).toBe(id));

  it('finds the longest phrase in a trie', () => {
    const t = new Trie<string>();
    t.add('peace talks', 'long');
    t.add('peace', 'short');
    expect(t.longest(['peace', 'talks', 'began'], 0, 3)).toEqual([2, 'long']);
    expect(t.longest(['peace', 'process'], 0, 2)).toEqual([1, 'short']);
    expect(t.longest(['war'], 0, 1)).toBeNull();
  });

  it('derives countries, demonyms, capitals and seats of power from world-countries data', () => {
    const lex = lexicon();
    const hits = (s: string) =>
      lex.gazetteer.matches(phraseKeys(s), 0, phraseKeys(s).length).map(([, e]) => e);
    expect(lex.countries.size).toBeGreaterThan(190);
    expect(hits('Yemeni')).toContainEqual(
      expect.objectContaining({ type: 'country', country: 'yemen', form: 'demonym' }),
    );
    expect(hits('Kyiv')).toContainEqual(expect.objectContaining({ country: 'ukraine', form: 'capital' }));
    expect(hits('Kremlin')).toContainEqual(expect.objectContaining({ country: 'russia', form: 'metonym' }));
    expect(hits('U.S.')).toContainEqual(
      expect.objectContaining({ country: 'united-states', form: 'name', caps: 'all' }),
    );
    expect(hits('Houthis')).toContainEqual(
      expect.objectContaining({ type: 'entity', id: 'houthis', kind: 'armed_group' }),
    );
    expect(hits('Interfax')).toContainEqual(expect.objectContaining({ type: 'entity', kind: 'media' }));
  });

  it('compiles the verb lexicon into families and types', () => {
    const lex = lexicon();
    expect(lex.verbs.longest(phraseKeys('mediated by'), 0, 2)?.[1]).toMatchObject({
      family: 'mediate',
      type: 'mediates',
    });
    expect(lex.verbs.longest(phraseKeys('taking part'), 0, 2)?.[1]).toMatchObject({ family: 'participate' });
    expect(lex.verbs.longest(phraseKeys('talks with'), 0, 2)?.[1]).toMatchObject({
      family: 'negotiate',
      nominal: true,
    });
  });
});
