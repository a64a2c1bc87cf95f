/**
 * Step 02 (HTML input) — a saved article page to plain article text plus metadata.
 *
 * linkedom builds the DOM (it works in Node and in a Web Worker, where there is no
 * DOMParser, and never runs scripts); @mozilla/readability picks the article. Active
 * content is stripped before Readability sees the page, and the article is turned back
 * into text paragraph by paragraph so sentence splitting sees the page's structure.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

export interface HtmlArticle {
  /** Article text, paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  author: string | null;
  /** Raw published-time string from metadata (ISO or not), or null. */
  publishedTime: string | null;
  warnings: string[];
}

const ACTIVE = 'script, style, noscript, template, iframe, frame, frameset, object, embed, applet, svg, canvas, link, base, form';
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL'.split(' '),
);
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
];

type El = {
  tagName?: string;
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  attributes?: ArrayLike<{ name: string }>;
  removeAttribute?(n: string): void;
  getAttribute?(n: string): string | null;
};

/** Text of a DOM subtree with block elements on their own paragraphs. */
function blockText(root: El): string {
  const parts: string[] = [];
  const walk = (node: El) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node.tagName ?? '').toUpperCase();
    if (tag === 'BR') return void parts.push('\n');
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Removes everything that could act: scripts, frames, forms, event handlers, javascript: links. */
function disarm(doc: { querySelectorAll(s: string): ArrayLike<El & { remove(): void }> }): void {
  const active = doc.querySelectorAll(ACTIVE);
  for (let i = active.length - 1; i >= 0; i--) active[i].remove();
  const all = doc.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const names = Array.from(el.attributes ?? [], (a) => a.name);
    for (const n of names) {
      const v = el.getAttribute?.(n) ?? '';
      if (/^on/i.test(n) || /^\s*(?:javascript|vbscript|data):/i.test(v)) el.removeAttribute?.(n);
    }
  }
}

/**
 * Extracts the article from an HTML page. Never runs scripts, never throws: a page that
 * cannot be parsed yields empty text and a warning.
 */
export function htmlToArticle(html: string): HtmlArticle {
  const warnings: string[] = [];
  try {
    const { document } = parseHTML(html);
    disarm(document as never);
    const meta = (name: string) =>
      document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)?.getAttribute('content') ?? null;
    let publishedTime: string | null = null;
    for (const n of DATE_META) publishedTime ??= meta(n) || meta(n.toLowerCase()) || null;
    publishedTime ??= document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
    const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
    const metaTitle = meta('og:title') || document.querySelector('title')?.textContent?.trim() || null;
    const metaAuthor = meta('author') || meta('article:author') || null;

    // Site furniture never holds the article; removing it helps Readability on short pages.
    const furniture = document.querySelectorAll('nav, footer, aside, menu, [role="navigation"], [role="contentinfo"]');
    for (let i = furniture.length - 1; i >= 0; i--) furniture[i].remove();
    const article = new Readability(document as never, { charThreshold: 200 }).parse();
    let text = '';
    if (article?.content) text = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as never);
    if (!text.trim()) {
      // Readability found no article: fall back to the page body without furniture.
      const { document: d2 } = parseHTML(html);
      disarm(d2 as never);
      const furniture = d2.querySelectorAll('nav, header, footer, aside, menu');
      for (let i = furniture.length - 1; i >= 0; i--) furniture[i].remove();
      text = d2.body ? blockText(d2.body as never) : '';
      if (text) warnings.push('no article structure found in the HTML; used the whole page text');
    }
    return {
      text,
      title: h1 ?? article?.title ?? metaTitle,
      author: (article?.byline || metaAuthor || null)?.replace(/^by\s+/i, '').trim() || null,
      publishedTime: publishedTime ?? article?.publishedTime ?? null,
      warnings,
    };
  } catch (e) {
    return { text: '', title: null, author: null, publishedTime: null, warnings: [`could not parse the HTML: ${(e as Error).message}`] };
  }
}
