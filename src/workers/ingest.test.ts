import { describe, expect, it } from 'vitest';
import { ingestFiles } from './ingest';
import { MAX_FILE_BYTES } from './protocol';

const file = (name: string, content: string | Uint8Array) => ({
  name,
  bytes: (typeof content === 'string' ? new TextEncoder().encode(content) : content).slice().buffer as ArrayBuffer,
});
const ARTICLE = 'SANAA — Houthi negotiators met the U.N. envoy in Stockholm on Thursday, officials said.';

describe('ingestFiles', () => {
  it('accepts text and html files, with ids from their names', () => {
    const [t, h] = ingestFiles([file('a.txt', ARTICLE), file('b.html', `<html><body><p>${ARTICLE}</p></body></html>`)]);
    expect(t.status).toBe('accepted');
    expect(t.documents[0].input.text).toBe(ARTICLE);
    expect(t.documents[0].input.id).toBe('a');
    expect(t.documents[0].input.origin).toBe('a.txt');
    expect(h.documents[0].input.html).toContain('<p>');
    expect(h.documents[0].input.text).toBeUndefined();
  });

  it.each([
    ['empty.txt', new Uint8Array(0), /empty/],
    ['blank.txt', '   \n\t  ', /empty/],
    ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary/],
    ['nul.txt', new Uint8Array([65, 66, 0, 67, 68]), /binary/],
    ['ctrl.txt', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 ? 65 : 2))), /binary/],
    ['bad.json', '{"documents": [', /invalid JSON/],
    ['other.json', '{"hello": 1}', /neither a document .* nor a manifest/],
    ['nodocs.json', '{"documents": []}', /manifest has no usable documents/],
  ])('rejects %s with a reason', (name, content, reason) => {
    const [o] = ingestFiles([file(name, content)]);
    expect(o.status).toBe('rejected');
    expect(o.documents).toHaveLength(0);
    expect(o.messages.join(' ')).toMatch(reason);
  });

  it('rejects files over the size limit without decoding them', () => {
    const [o] = ingestFiles([{ name: 'huge.txt', bytes: new ArrayBuffer(MAX_FILE_BYTES + 1) }]);
    expect(o.status).toBe('rejected');
    expect(o.messages[0]).toMatch(/too large .*20\.0 MB/);
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

  it('reads a single-document JSON with its metadata', () => {
    const [o] = ingestFiles([file('doc.json', JSON.stringify({ id: 'yem-1', title: 'Talks', source: 'Wire', publishedAt: '2018-12-13', text: ARTICLE, extra: 1 }))]);
    expect(o.documents[0].input).toMatchObject({ id: 'yem-1', title: 'Talks', source: 'Wire', publishedAt: '2018-12-13', text: ARTICLE });
    expect(o.documents[0].input).not.toHaveProperty('extra');
  });

  it('replaces ids that are not plain tokens with content-derived ones', () => {
    const [o] = ingestFiles([file('doc.json', JSON.stringify({ id: '<img src=x onerror=alert(1)>', text: ARTICLE }))]);
    expect(o.documents[0].input.id).toMatch(/^d-[0-9a-f]{12}$/);
    const [p] = ingestFiles([file('<svg onload=alert(1)>.txt', ARTICLE)]);
    expect(p.documents[0].input.id).toMatch(/^d-[0-9a-f]{12}$/);
    expect(p.name).toBe('<svg onload=alert(1)>.txt');
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
    // the entry without content is reported by the manifest's own (warning) outcome
    expect(out.map((o) => o.status)).toEqual(['warning', 'accepted', 'rejected', 'accepted']);
    expect(out[0].messages.join(' ')).toMatch(/entry 4/);
    expect(out[1].documents[0].input).toMatchObject({ title: 'One', publishedAt: '2018-12-13', text: ARTICLE });
    expect(out[1].manifestTitle).toBe('Yemen talks');
    expect(out[2].messages[0]).toMatch(/"two.txt" was not provided/);
    // one.txt was consumed by the manifest, not added a second time on its own
    expect(out).toHaveLength(4);
  });
});
