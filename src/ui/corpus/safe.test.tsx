// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { pastedOutcome } from '../../data/corpusQueries';
import type { FileOutcome } from '../../workers/protocol';
import { ExternalLink } from './ExternalLink';
import { OutcomeList } from './OutcomeList';
import { plain, safeHref } from './safe';

const PAYLOADS = [
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `<svg onload=alert(1)>`,
  `"><iframe src=javascript:alert(1)>`,
  `javascript:alert(1)`,
  `' onmouseover='alert(1)`,
];

/** Parsed as a browser would, the markup holds no element or attribute a payload tried to inject. */
function assertInert(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  expect(doc.querySelectorAll('script, img, svg, iframe, object, embed')).toHaveLength(0);
  const attrs = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => [a.name, a.value]));
  expect(attrs.filter(([n]) => /^on/i.test(n))).toEqual([]);
  expect(attrs.filter(([n, v]) => (n === 'href' || n === 'src') && !/^https?:/i.test(v))).toEqual([]);
  return doc.body.textContent ?? '';
}

describe('rendering untrusted strings', () => {
  it.each(PAYLOADS)('outcome list shows %s as text', (p) => {
    const outcomes: FileOutcome[] = [
      { name: p, status: 'rejected', messages: [p], documents: [] },
      { name: `${p}.txt`, status: 'accepted', messages: [], documents: [{ input: { id: 'd1', title: p, text: p }, contentHash: 'h' }] },
    ];
    const html = renderToStaticMarkup(<OutcomeList outcomes={outcomes} problems={[{ name: `${p}.txt`, message: p }]} />);
    // The payload is visible, as text.
    expect(assertInert(html)).toContain(p);
  });

  it.each(PAYLOADS)('links only http(s) URLs: %s', (p) => {
    assertInert(renderToStaticMarkup(<ExternalLink url={p} label={p} />));
    expect(safeHref(p)).toBeNull();
  });

  it('links http(s) URLs safely', () => {
    const html = renderToStaticMarkup(<ExternalLink url="https://example.org/a?b=<c>" />);
    expect(html).toContain('href="https://example.org/a?b=%3Cc%3E"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(safeHref(' HTTP://Example.org ')).toBe('http://example.org/');
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('//evil.example/x')).toBeNull();
  });

  it('strips bidi overrides and control characters and truncates', () => {
    expect(plain('invoice\u202Etxt.exe')).toBe('invoicetxt.exe');
    expect(plain('a\u0000b\nc')).toBe('ab c');
    expect(plain('x'.repeat(10), 5)).toBe('xxxx…');
  });
});

describe('pasted articles', () => {
  it('becomes a document with its metadata; bad dates are reported, empty text rejected', () => {
    const ok = pastedOutcome({ text: 'Houthi delegates met the envoy on Monday.', title: 'Talks', source: 'Wire', url: 'https://x.example', publishedAt: '2018-12-13' });
    expect(ok.status).toBe('accepted');
    expect(ok.documents[0].input).toMatchObject({ title: 'Talks', source: 'Wire', url: 'https://x.example', publishedAt: '2018-12-13' });
    const bad = pastedOutcome({ text: 'Text.', publishedAt: 'yesterday' });
    expect(bad.status).toBe('warning');
    expect(bad.documents[0].input.publishedAt).toBeNull();
    expect(pastedOutcome({ text: '  ' }).status).toBe('rejected');
  });
});
