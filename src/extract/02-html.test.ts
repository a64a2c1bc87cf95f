import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './02-html';
import { prepareDocument } from './prepare';

const page = fs.readFileSync(path.join(__dirname, 'fixtures/ukraine-page.html'), 'utf8');

describe('02 html', () => {
  it('extracts the article paragraphs and metadata, without navigation, scripts or footer', () => {
    const a = htmlToArticle(page);
    expect(a.title).toBe('Ukraine and Russia resume talks in Istanbul');
    expect(a.author).toBe('Olena Kovalenko');
    expect(a.publishedTime).toBe('2022-03-29T09:15:00Z');
    const paras = a.text.split('\n\n');
    expect(paras[0]).toMatch(/^Ukrainian and Russian negotiators met in Istanbul on Tuesday/);
    expect(paras).toContain('Russia\'s chief negotiator Vladimir Medinsky said Moscow would scale back military activity around Kyiv and Chernihiv.');
    expect(a.text).not.toMatch(/document\.cookie|steal\(\)|alert|display: block|Home|newsletter|World/);
  });

  it('scripts never run while parsing (no global side effects)', () => {
    const g = globalThis as { __pwned?: boolean };
    htmlToArticle('<html><body><script>globalThis.__pwned = true</script><img src=x onerror="globalThis.__pwned=true"><p>Text about Sudan and the RSF.</p></body></html>');
    expect(g.__pwned).toBeUndefined();
  });

  it('falls back to the page text when there is no article structure', () => {
    const a = htmlToArticle('<html><body><nav>Menu</nav><span>Taliban fighters entered Kabul on Sunday.</span></body></html>');
    expect(a.text).toBe('Taliban fighters entered Kabul on Sunday.');
  });

  it.each(['', '<<<>>>', '<html', '\u0000\u0001<p>x', '<p>'.repeat(5000)])('never throws on broken markup %#', (html) => {
    expect(() => htmlToArticle(html)).not.toThrow();
  });

  it('prepareDocument uses the page date and title when the input has none', () => {
    const d = prepareDocument({ id: 'ua', html: page }, 0);
    expect(d.publishedAt).toBe('2022-03-29');
    expect(d.publishedAtFrom).toBe('text');
    expect(d.title).toBe('Ukraine and Russia resume talks in Istanbul');
    expect(d.sentences[0].dates).toEqual([expect.objectContaining({ text: 'on Tuesday', value: '2022-03-29' })]);
  });
});
