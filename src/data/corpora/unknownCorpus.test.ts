import { describe, expect, it } from 'vitest';
import { UnknownCorpusError, isBareCorpusId } from './unknownCorpus';

describe('unknown corpus', () => {
  it('names the corpus without its local: prefix and says what the page does instead', () => {
    const e = new UnknownCorpusError('local:abc-123');
    expect(e).toBeInstanceOf(Error);
    expect(e.corpusKey).toBe('local:abc-123');
    expect(e.message).toBe("Corpus 'abc-123' is not stored in this browser; showing the built-in corpus");
  });

  it('reads only bare words as stored corpus ids, never paths or URLs', () => {
    expect(isBareCorpusId('abc-123_x')).toBe(true);
    expect(isBareCorpusId('manifest.json')).toBe(false);
    expect(isBareCorpusId('corpora/yemen')).toBe(false);
    expect(isBareCorpusId('https://example.org/m.json')).toBe(false);
    expect(isBareCorpusId('')).toBe(false);
  });
});
