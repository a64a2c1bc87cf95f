import { describe, expect, it } from 'vitest';
import { analysisKey, localKey, parseCorpusKey } from './keys';

const BASE = 'https://parley.example/app/index.html?x=1';

describe('corpus keys', () => {
  it.each([
    ['seed', { kind: 'seed' }],
    ['', { kind: 'seed' }],
    [localKey('abc'), { kind: 'local', id: 'abc' }],
    ['corpora/yemen.json', { kind: 'url', url: 'https://parley.example/app/corpora/yemen.json' }],
    ['/m.json', { kind: 'url', url: 'https://parley.example/m.json' }],
    ['https://cors.example.org/m.json', { kind: 'url', url: 'https://cors.example.org/m.json' }],
    ['local:', null],
    ['javascript:alert(1)', null],
    ['data:application/json,{}', null],
    ['file:///etc/passwd', null],
  ])('parses %j', (key, ref) => {
    expect(parseCorpusKey(key, BASE)).toEqual(ref);
  });

  it('changes the analysis key when anything extraction reads changes', () => {
    const input = { id: 'd1', text: 'x', title: 'T', publishedAt: '2018-12-13' };
    const k = analysisKey('v1', 'h', input);
    expect(analysisKey('v1', 'h', { ...input })).toBe(k);
    for (const other of [
      analysisKey('v2', 'h', input),
      analysisKey('v1', 'h2', input),
      analysisKey('v1', 'h', { ...input, publishedAt: '2018-12-14' }),
      analysisKey('v1', 'h', { ...input, title: 'U' }),
      analysisKey('v1', 'h', { ...input, id: 'd2' }),
    ])
      expect(other).not.toBe(k);
  });
});
