import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENTS, MAX_FILE_BYTES, baseName, decodeBytes, ingestFile, resolveEntry, sizeProblem } from './01-ingest';

const enc = (s: string) => new TextEncoder().encode(s);

describe('01 ingest: rejections', () => {
  it.each([
    ['empty file', 'a.txt', new Uint8Array(0), /empty/],
    ['whitespace only', 'a.txt', enc(' \n\t\n'), /empty/],
    ['NUL bytes', 'a.txt', new Uint8Array([72, 105, 0, 1, 2, 3]), /binary/],
    ['control characters', 'a.bin', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 ? 65 : 7))), /binary/],
    ['oversized', 'big.txt', new Uint8Array(MAX_FILE_BYTES + 1), /too large/],
    ['invalid JSON', 'a.json', enc('{"text": '), /invalid JSON/],
    ['JSON array', 'a.json', enc('[{"text": "x"}]'), /neither a document .* nor a manifest/],
    ['JSON without text', 'a.json', enc('{"title": "x"}'), /neither a document .* nor a manifest/],
    ['JSON with empty text', 'a.json', enc('{"text": "  "}'), /empty/],
    ['manifest without usable entries', 'm.json', enc('{"documents": [{"title": "x"}, 3]}'), /no usable documents/],
  ])('%s', (_n, name, bytes, reason) => {
    const got = ingestFile(name, bytes);
    expect(got.kind).toBe('rejected');
    if (got.kind === 'rejected') expect(got.reason).toMatch(reason);
  });

  it('sizeProblem checks before reading', () => {
    expect(sizeProblem(50 * 1024 * 1024)).toMatch(/too large \(50\.0 MB; the limit is 20\.0 MB\)/);
    expect(sizeProblem(0)).toBe('empty file');
    expect(sizeProblem(1000)).toBeNull();
  });
});

describe('01 ingest: formats', () => {
  it('a .txt file is a text document named after the file', () => {
    const got = ingestFile('dir/sub/yemen-report.txt', enc('ADEN — The Houthis attacked.'));
    expect(got).toEqual({ kind: 'documents', documents: [{ id: 'yemen-report', origin: 'dir/sub/yemen-report.txt', text: 'ADEN — The Houthis attacked.' }], warnings: [] });
  });

  it('an .html file is an html document; a sniffed page without extension too', () => {
    for (const name of ['page.htm', 'page']) {
      const got = ingestFile(name, enc('<!doctype html><html><body><p>Kyiv</p></body></html>'));
      expect(got.kind === 'documents' && got.documents[0].html).toContain('<p>Kyiv</p>');
    }
  });

  it('a .json document keeps known fields and ignores unknown ones', () => {
    const got = ingestFile('d.json', enc(JSON.stringify({ id: 'x1', title: 'T', publishedAt: '2020-01-19', text: 'Body', tags: ['a'], extra: { y: 1 }, author: 5 })));
    expect(got).toEqual({ kind: 'documents', documents: [{ id: 'x1', origin: 'd.json', title: 'T', publishedAt: '2020-01-19', text: 'Body' }], warnings: [] });
  });

  it('a manifest lists entries with file, url or inline text', () => {
    const got = ingestFile(
      'corpus/manifest.json',
      enc(JSON.stringify({ title: 'Yemen 2019', documents: [{ file: 'a.txt', publishedAt: '2019-03-03' }, { url: 'https://example.org/x' }, { text: 'Inline text.', title: 'Inline' }, { nothing: true }] })),
    );
    expect(got.kind).toBe('manifest');
    if (got.kind !== 'manifest') return;
    expect(got.title).toBe('Yemen 2019');
    expect(got.entries.map((e) => [e.doc.id, e.file, e.fetchUrl])).toEqual([
      ['a', 'a.txt', undefined],
      [undefined, undefined, 'https://example.org/x'],
      ['manifest-3', undefined, undefined],
    ]);
    expect(got.warnings).toEqual(['manifest entry 4 has no "file", "url" or "text"; skipped']);
  });

  it(`caps a manifest at ${MAX_DOCUMENTS} documents with a warning`, () => {
    const docs = Array.from({ length: MAX_DOCUMENTS + 5 }, (_, i) => ({ text: `Doc ${i}.` }));
    const got = ingestFile('m.json', enc(JSON.stringify({ documents: docs })));
    expect(got.kind === 'manifest' && got.entries.length).toBe(MAX_DOCUMENTS);
    expect(got.kind === 'manifest' && got.warnings[0]).toMatch(/only the first 2000/);
  });

  it('resolveEntry: manifest metadata wins, content comes from the file', () => {
    const got = resolveEntry({ doc: { id: 'a', title: 'From manifest', title2: 1, author: null } as never, file: 'a.txt' }, 'a.txt', enc('Body text.'));
    expect(got).toEqual({ kind: 'documents', documents: [{ id: 'a', origin: 'a.txt', text: 'Body text.', title: 'From manifest', title2: 1 }], warnings: [] });
    expect(resolveEntry({ doc: {}, file: 'm.json' }, 'm.json', enc('{"documents":[{"text":"x"}]}')).kind).toBe('rejected');
  });
});

describe('01 ingest: decoding', () => {
  it.each([
    ['UTF-8', enc('Sanaá – “quoted”'), 'Sanaá – “quoted”', []],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Kyiv')]), 'Kyiv', []],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x4b, 0, 0x79, 0, 0x69, 0, 0x76, 0]), 'Kyiv', []],
    ['Windows-1252 fallback', new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]), '“Hi” é', ['not valid UTF-8: decoded as Windows-1252']],
  ])('%s', (_n, bytes, text, warnings) => {
    expect(decodeBytes(bytes)).toEqual({ text, warnings });
  });

  it('baseName strips folders and extension', () => {
    expect(baseName('a/b/c.d.txt')).toBe('c.d');
    expect(baseName('C:\\x\\y.json')).toBe('y');
    expect(baseName('noext')).toBe('noext');
  });
});

describe('01 ingest: properties', () => {
  it('never throws on arbitrary bytes and names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.uint8Array({ maxLength: 600 }), (name, bytes) => {
        const got = ingestFile(name, bytes);
        expect(['documents', 'manifest', 'rejected']).toContain(got.kind);
        if (got.kind === 'rejected') expect(got.reason.length).toBeGreaterThan(3);
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});
