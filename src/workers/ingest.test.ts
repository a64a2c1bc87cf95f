import { describe, expect, it } from 'vitest';
import { ingestFiles } from './ingest';
import { MAX_FILE_BYTES } from './protocol';

const file = (name: string, content: string | Uint8Array) => ({
  name,
  bytes: (typeof content === 'string' ? new TextEncoder().encode(content) : content).slice().buffer as ArrayBuffer,
});
const ARTICLE = 'SANAA — Houthi negotiators met the U.N. envoy in Stockholm on Thursday, officials said.';

describe('ingestFiles', () => {
  it('accepts text and html files, deriving ids from the content', () => {
    const [t, h] = ingestFiles([file('a.txt', ARTICLE), file('b.html', `<html><body><p>${ARTICLE}</p></body></html>`)]);
    expect(t.status).toBe('accepted');
    expect(t.documents[0].input.text).toBe(ARTICLE);
    expect(t.documents[0].input.id).toMatch(/^d-[0-9a-f]{12}$/);
    expect(t.documents[0].input.origin).toBe('a.txt');
    expect(h.documents[0].input.html).toContain('<p>');
    expect(h.documents[0].input.text).toBeUndefined();
  });

  it.each([
    ['empty.txt', new Uint8Array(0), /empty/],
    ['blank.txt', '   \n\t  ', /empty/],
    ['scan.pdf', new TextEncoder().encode('%PDF-1.7 binary'), /binary file \(PDF\)/],
    ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), /binary/],
    ['nul.txt', new Uint8Array([65, 66, 0, 67, 68]), /binary/],
    ['ctrl.txt', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 ? 65 : 2))), /unreadable encoding/],
    ['bad.json', '{"documents": [', /invalid JSON/],
    ['other.json', '{"hello": 1}', /not a manifest or document/],
    ['nodocs.json', '{"documents": []}', /not a manifest/],
  ])('rejects %s with a reason', (name, content, reason) => {
    const [o] = ingestFiles([file(name, content)]);
    expect(o.status).toBe('rejected');
    expect(o.documents).toHaveLength(0);
    expect(o.messages.join(' ')).toMatch(reason);
  });

  it('rejects files over the size limit without decoding them', () => {
    const [o] = ingestFiles([{ name: 'huge.txt', bytes: new ArrayBuffer(MAX_FILE_BYTES + 1) }]);
    expect(o.status).toBe('rejected');
    expect(o.messages[0]).toMatch(/over the size limit: 20\.0 MB > 20\.0 MB/);
  });

  it('decodes non-UTF-8 text as Windows-1252 with a warning', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, ...new TextEncoder().encode(' talks in Gen'), 0xe8, 0x76, 0x65]);
    const [o] = ingestFiles([file('latin1.txt', bytes)]);
    expect(o.status).toBe('warning');
    expect(o.documents[0].input.text).toBe('Café talks in Genève');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const s = 'Kyiv and Moscow delegations met in Istanbul.';
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) bytes[2 + 2 * i] = s.charCodeAt(i);
    expect(ingestFiles([file('u16.txt', bytes)])[0].documents[0].input.text).toBe(s);
  });

  it('reads a single-document JSON with its metadata, dropping invalid dates', () => {
    const [o] = ingestFiles([file('doc.json', JSON.stringify({ id: 'yem-1', title: ' Talks ', source: 'Wire', publishedAt: 'not a date', text: ARTICLE }))]);
    expect(o.documents[0].input).toMatchObject({ id: 'yem-1', title: 'Talks', source: 'Wire', publishedAt: null, text: ARTICLE });
  });

  it('replaces ids that are not plain tokens', () => {
    const [o] = ingestFiles([file('doc.json', JSON.stringify({ id: '<img src=x onerror=alert(1)>', text: ARTICLE }))]);
    expect(o.documents[0].input.id).toMatch(/^d-/);
  });

  it('resolves a manifest against the files dropped with it, and reports missing ones', () => {
    const manifest = {
      title: 'Yemen talks',
      documents: [
        { file: 'texts/one.txt', title: 'One', publishedAt: '2018-12-13' },
        { file: 'two.txt', title: 'Two' },
        { text: ARTICLE, title: 'Inline' },
        { title: 'Nothing' },
      ],
    };
    const out = ingestFiles([file('manifest.json', JSON.stringify(manifest)), file('one.txt', ARTICLE)]);
    expect(out.map((o) => o.status)).toEqual(['accepted', 'rejected', 'accepted', 'rejected']);
    expect(out[0].documents[0].input).toMatchObject({ title: 'One', publishedAt: '2018-12-13', text: ARTICLE });
    expect(out[0].manifestTitle).toBe('Yemen talks');
    expect(out[1].messages[0]).toMatch(/"two.txt" was not provided/);
    // one.txt was consumed by the manifest, not added a second time on its own
    expect(out).toHaveLength(4);
  });
});
