/**
 * Text layer entry point: input document → cleaned text, sentences with dates, tokens.
 * Steps: 02-html (HTML input) → 02-clean (repair + furniture) → 03 sentences/tokens → 04 dates.
 */
import type { InputDocument, Sentence } from './schema';
import type { PreparedDocument } from './types';
import { htmlToArticle } from './02-html';
import { absoluteDate, cleanText } from './02-clean';
import { segment } from './03-sentences';
import { findDates } from './04-dates';

/** The YYYY-MM-DD prefix of an ISO date/timestamp, or null when it is not a valid date. */
export function isoDay(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const FUNCTION_WORDS = new Set('the of and to in a an is was were are be been for on that with by said as at from it its has have had will not their his her they this which who'.split(' '));

const MAX_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));

/** Share of English function words among word tokens: news English is ~35%, other languages ~0–3%. */
function englishShare(tokens: PreparedDocument['tokens']): { words: number; share: number } {
  let words = 0;
  let common = 0;
  for (const t of tokens) {
    if (t.pos === 'PUNCT' || t.pos === 'NUM' || t.pos === 'SYM' || t.pos === 'SPACE') continue;
    words++;
    // no function word is longer than five letters: skip lower-casing longer words
    if (t.text.length <= MAX_FUNCTION_WORD && FUNCTION_WORDS.has(t.text.toLowerCase())) common++;
  }
  return { words, share: words ? common / words : 0 };
}

const blank = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** Prepares one input document for the semantic steps. Never throws on any text. */
export function prepareDocument(input: InputDocument, index = 0): PreparedDocument {
  const id = blank(input.id) ?? `doc-${index + 1}`;
  const warnings: string[] = [];
  let raw = input.text ?? '';
  let fromHtml: ReturnType<typeof htmlToArticle> | null = null;
  if (typeof input.html === 'string') {
    fromHtml = htmlToArticle(input.html);
    raw = fromHtml.text;
    warnings.push(...fromHtml.warnings);
  }
  const title = blank(input.title) ?? fromHtml?.title ?? null;
  const cleaned = cleanText(raw, title);
  warnings.push(...cleaned.warnings);

  const given = isoDay(input.publishedAt);
  if (blank(input.publishedAt) && !given) warnings.push(`publishedAt "${input.publishedAt}" is not an ISO date; ignored`);
  const fromMeta = fromHtml?.publishedTime ? (isoDay(fromHtml.publishedTime) ?? absoluteDate(fromHtml.publishedTime)) : null;
  const found = fromMeta ?? cleaned.publishedAt;
  const publishedAt = given ?? found;
  const publishedAtFrom = given ? 'input' : found ? 'text' : null;
  if (!publishedAt) warnings.push('no publication date: relative dates (weekdays, "last week") left unresolved');

  const text = cleaned.text;
  const seg = segment(text);
  const sentences: Sentence[] = seg.sentences.map((s, n) => ({
    id: `${id}#s${n}`,
    start: s.start,
    end: s.end,
    dates: findDates(text.slice(s.start, s.end), s.start, { publishedAt }),
  }));
  const lang = englishShare(seg.tokens);
  if (lang.words >= 30 && lang.share < 0.08) warnings.push('the text does not look like English: extraction is English-only and will find little');
  return {
    id,
    title: title ?? cleaned.title,
    source: blank(input.source),
    url: blank(input.url),
    author: blank(input.author) ?? fromHtml?.author ?? cleaned.author,
    publishedAt,
    publishedAtFrom,
    text,
    sentences,
    tokens: seg.tokens,
    bodyStart: cleaned.bodyStart,
    warnings,
  };
}
