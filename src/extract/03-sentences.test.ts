import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, segment } from './03-sentences';

const split = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('03 sentences', () => {
  it.each([
    ['abbreviations U.N./U.S. do not end sentences', 'U.N. Special Envoy met U.S. officials in Geneva. Talks ended.', ['U.N. Special Envoy met U.S. officials in Geneva.', 'Talks ended.']],
    ['titles and initials', 'Gen. Khalifa Haftar met Lt. Col. Smith in St. Petersburg on Jan. 5. Nothing was agreed.', ['Gen. Khalifa Haftar met Lt. Col. Smith in St. Petersburg on Jan. 5.', 'Nothing was agreed.']],
    ['closing quote glued to next sentence', '“We want peace,” he said as he opened the talks.”It is now upon us to act.”', ['“We want peace,” he said as he opened the talks.”', 'It is now upon us to act.”']],
    ['lost quotation marks', 'I think that Russia wants a pretext, says analyst Alexey Malashenko. At the same time, Moscow understands.', ['I think that Russia wants a pretext, says analyst Alexey Malashenko.', 'At the same time, Moscow understands.']],
    ['headline lines are sentences of their own', 'Houthis Fire Missiles at Saudi Port\n\nBy Jane Doe\n\nThe rebels fired two missiles.', ['Houthis Fire Missiles at Saudi Port', 'By Jane Doe', 'The rebels fired two missiles.']],
    ['single line break without punctuation before a capital splits', 'example.comGeneral\nKYIV - Shelling resumed.', ['example.comGeneral', 'KYIV - Shelling resumed.']],
    ['hard-wrapped line joins', 'The Saudi-led coalition said it had\nintercepted the missile over Jizan.', ['The Saudi-led coalition said it had\nintercepted the missile over Jizan.']],
    ['question and exclamation', 'Will Kyiv agree? Nobody knows! The talks go on.', ['Will Kyiv agree?', 'Nobody knows!', 'The talks go on.']],
    ['empty text', '', []],
    ['whitespace only', ' \n\n\t ', []],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives tokens exact offsets, POS and sentence indexes', () => {
    const text = 'Russia’s army backed the rebels.  Turkey  disagreed.';
    const { tokens, sentences } = segment(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(['Russia', '’s', 'army', 'backed', 'the', 'rebels', '.', 'Turkey', 'disagreed', '.']);
    expect(tokens.find((t) => t.text === 'backed')).toMatchObject({ pos: 'VERB', sentence: 0 });
    expect(tokens.find((t) => t.text === 'Russia')?.pos).toBe('PROPN');
    expect(tokens.find((t) => t.text === 'Turkey')?.sentence).toBe(1);
    expect(sentences).toHaveLength(2);
  });

  it('reads a long text in chunks without losing or splitting sentences at chunk edges', () => {
    const para = 'Houthi forces fired a missile at Marib on Sunday, officials said. The coalition responded.';
    const text = Array.from({ length: 4000 }, () => para).join('\n\n'); // ~370 KB: two chunks
    const { sentences, tokens } = segment(text);
    expect(sentences).toHaveLength(8000);
    expect(new Set(sentences.map((s) => text.slice(s.start, s.end)))).toEqual(new Set(['Houthi forces fired a missile at Marib on Sunday, officials said.', 'The coalition responded.']));
    expect(tokens[tokens.length - 1].sentence).toBe(7999);
  });
  it('cuts run-on text into sentences of bounded length, preferring commas', () => {
    const text = Array.from({ length: 3000 }, (_, i) => (i % 7 === 6 ? 'Aden,' : 'rebels attacked')).join(' ');
    const { sentences, tokens } = segment(text);
    expect(sentences.length).toBeGreaterThan(10);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(2 * MAX_SENTENCE + 40);
    expect(text.slice(sentences[0].start, sentences[0].end)).toMatch(/Aden,$/);
    expect(tokens.length).toBe(text.split(/\s+|(?=,)/).length);
  });
});
