/**
 * Step 02 — from raw page text to the article: repaired characters (02-repair), page
 * furniture dropped, byline / dateline / contributor lines taken out as metadata.
 *
 * The rules are structural, not keyed to any site: furniture is what comes before the
 * byline or headline and the trailing run of lines after the last article paragraph that
 * look like footers (newsletter, podcast, "Source:", share links, a bare domain) or repeat
 * the lede (a teaser). Dropping a real sentence is worse than keeping a stray line, so the
 * middle of the article is never touched except for contributor notes.
 */
import * as chrono from 'chrono-node';
import { repairText } from './02-repair';

export interface Cleaned {
  text: string;
  /** Headline found at the top of the raw text (kept in `text`), or null. */
  title: string | null;
  author: string | null;
  /** Date found in a dateline / byline / date line (YYYY-MM-DD), or null. */
  publishedAt: string | null;
  /** Offset in `text` where the article body starts (after the headline); 0 when none. */
  bodyStart: number;
  /** What was dropped, for the curious and for tests. */
  dropped: string[];
  warnings: string[];
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/** Number of whitespace-separated words (a loop: this runs on every line). */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
const ENDS_SENTENCE = /[.!?…]["”’)\]]?$/;
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
// No /i flag: under /iu, \p{Lu} would match lower case too and swallow "on March 3".
const BYLINE = new RegExp(`^(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Ss]tory|[Ww]ords)\\s+)?(?:[Bb]y|BY):?\\s+(${NAME}(?:\\s+(?:${NAME}|and|de|da|del|van|von|bin|ibn|al-\\p{L}+|el-\\p{L}+)){0,6})(.*)$`, 'u');
const CONTRIBUTOR =
  /^(?:\(?\s*(?:additional\s+)?reporting\s+by\b.*|by\s+[^;]{2,80};\s*(?:additional\s+reporting|writing|editing)\s+by\b.*|.{2,80}\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|article|story)\.?\)?|\(?\s*(?:writing|editing)\s+by\b.*)$/i;
/** Furniture inside articles: ad slots, captions and credits, "read more" links. */
const INLINE_FURNITURE =
  /^(?:advertisement|sponsored(?:\s+content)?|story continues below(?:\s+advertisement)?|skip advertisement|(?:read|see|watch|listen)(?:\s+(?:more|also|now))?\s*:|related\s*:|also read\s*:|image (?:source|caption)\b|media caption\b|(?:photo|picture|image|video)(?:\s+credit)?\s*:|getty images$|reuters\/|afp via getty|click here\b|listen to this article|\d+\s+min(?:ute)?s?\s+read$)/i;
/** Footer markers at the start of a line: "Source: …", "Related coverage", "Share this". */
const FOOTER_START =
  /^(?:sources?|via|related(?:\s+(?:articles|stories|posts|coverage|content))?|read\s+more|more\s+(?:on|from|stories|news)|tags?|topics?|filed\s+under|share(?:\s+this)?|advertisement|copyright|©|all\s+rights\s+reserved|comments?|leave\s+a\s+(?:comment|reply)|follow\s+us|sign\s+up|subscribe|join|most\s+(?:read|popular|viewed)|trending|recommended|you\s+(?:may|might)\s+also\s+like|back\s+to\s+top)\b/i;
/** Footer words anywhere in a line that is not an article sentence. */
const FOOTER_ANY = /\b(?:newsletter|podcast|mailing\s+list|unsubscribe|cookies?|privacy\s+policy|terms\s+of\s+(?:use|service)|all\s+rights\s+reserved)\b/i;
const DOMAIN_LINE = /^[\w.-]+\.(?:com|org|net|info|news|co|io|gov|int|uk|de|fr|ru|ua|ye)\S*$/i;

/** A footer line. A long line ending like a sentence is article text whatever it mentions. */
function isFooter(line: string): boolean {
  const n = words(line);
  const sentence = ENDS_SENTENCE.test(line) && n > 12;
  return (FOOTER_START.test(line) && (n <= 12 || /^[^:.]{1,30}:/.test(line)) && !sentence) || (FOOTER_ANY.test(line) && !sentence) || DOMAIN_LINE.test(line);
}

/** A dateline opening the lede: "KYIV, Ukraine (AP) — ", "ASTANA, Jan 22 (Reuters) - ". */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}\p{M}\d .]{2,40}?){0,2}\s*(?:\([\p{L} .&-]{2,30}\)\s*)?)[—–-]{1,2}\s+(?=\S)/u;

/** The first absolute date (day, month and year) in a short text, as YYYY-MM-DD, or null. */
export function absoluteDate(line: string): string | null {
  if (!/\b\d{4}\b/.test(line)) return null; // chrono is costly; no written year, no date
  for (const r of chrono.casual.parse(line, new Date(2000, 0, 1, 12))) {
    const c = r.start;
    // the year must be written out: chrono also "knows" the year of "now" and "today"
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day') && /\b\d{4}\b/.test(r.text)) {
      const pad = (n: number | null) => String(n ?? 1).padStart(2, '0');
      return `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
    }
  }
  return null;
}

function isHeadlineLike(line: string): boolean {
  const n = words(line);
  return n >= 2 && n <= 25 && !/[.:;,]$/.test(line) && !isFooter(line) && /\p{Lu}/u.test(line);
}

/** A paragraph that is the article proper: long enough and ending like a sentence. */
function isBody(line: string): boolean {
  return words(line) >= 10 && ENDS_SENTENCE.test(line);
}

/** Lower-cased words of a text, punctuation dropped, joined by single spaces. */
function normWords(text: string): string {
  // one pass: a run of anything but letters and digits (punctuation, spaces) is one space
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * True when most of a paragraph occurs earlier (a teaser, possibly cut with "…"): up to
 * 12 word 4-grams sampled along it are looked up in the earlier text.
 */
function repeats(line: string, earlier: string): boolean {
  const w = normWords(line.replace(/(?:\.\.\.|…)\s*$/, '')).split(' ');
  const n = w.length - 3;
  if (n < 4) return false;
  const step = Math.max(1, Math.floor(n / 12));
  let seen = 0;
  let tried = 0;
  for (let i = 0; i < n; i += step, tried++) if (earlier.includes(` ${w[i]} ${w[i + 1]} ${w[i + 2]} ${w[i + 3]} `)) seen++;
  return seen / tried >= 0.6;
}

/**
 * Cleans raw article text. `knownTitle` (from the input's metadata) helps recognise the
 * headline line. Never throws.
 */
export function cleanText(raw: string, knownTitle: string | null = null): Cleaned {
  const dropped: string[] = [];
  const warnings: string[] = [];
  let author: string | null = null;
  let publishedAt: string | null = null;

  const lines = repairText(raw)
    .split('\n')
    .map((l) => l.trim());
  const keep = lines.map((l) => l.length > 0);
  const idx = lines.map((_, i) => i).filter((i) => keep[i]);
  const drop = (i: number) => {
    keep[i] = false;
    dropped.push(lines[i]);
  };

  // --- Top: what precedes the byline / dateline / first body paragraph is furniture,
  // except the headline just above it. Only looked for among the first lines.
  const head = idx.slice(0, 40);
  const byline = head.find((i) => isByline(lines[i]));
  const dateline = head.find((i) => DATELINE.test(lines[i]) && isBody(lines[i]));
  const firstBody = head.find((i) => isBody(lines[i]));
  const start = byline ?? dateline ?? firstBody;
  let titleIdx: number | undefined;
  if (start !== undefined) {
    const before = idx.filter((i) => i < start);
    const positional = (byline === undefined && dateline === undefined) || before.length > 15;
    const wanted = knownTitle?.trim().toLowerCase();
    titleIdx =
      before.find((i) => wanted && lines[i].toLowerCase() === wanted) ??
      [...before].reverse().find((i) => isHeadlineLike(lines[i]) && !absoluteDate(lines[i]));
    for (const i of before) {
      if (i === titleIdx) continue;
      // a date line above the article ("January 22, 2017") is metadata
      const date = words(lines[i]) <= 12 ? absoluteDate(lines[i]) : null;
      publishedAt ??= date;
      // Without a byline or dateline near the top the only evidence is position: keep a line
      // that ends like a sentence ("Ghani fled."), it may be the article's first paragraph.
      if (positional && !date && /[.?]["”’]?$/.test(lines[i])) continue;
      drop(i);
    }
  }
  if (byline !== undefined) {
    const date = absoluteDate(lines[byline]);
    if (date) publishedAt = date;
    author = bylineAuthor(lines[byline]);
    drop(byline);
  }

  // --- Middle: contributor notes name journalists, never actors; ad slots, photo credits
  // and "read more" links interrupt articles on many sites.
  for (const i of idx) {
    if (!keep[i] || i === titleIdx) continue;
    const n = words(lines[i]);
    if ((CONTRIBUTOR.test(lines[i]) && n <= 20) || (INLINE_FURNITURE.test(lines[i]) && n <= 15)) drop(i);
  }

  // --- Bottom: walk back over footers, teasers and short unpunctuated scraps.
  dropTrailing(lines, idx.filter((i) => keep[i]), drop);

  // --- Dateline prefix of the lede: the place is a venue, the date is metadata.
  const lede = idx.find((i) => keep[i] && i !== titleIdx);
  if (lede !== undefined) {
    const m = DATELINE.exec(lines[lede]);
    if (m && isBody(lines[lede])) {
      const date = absoluteDate(m[1]);
      if (date && !publishedAt) publishedAt = date;
      else if (!date && !publishedAt && /\d/.test(m[1])) warnings.push(`dateline "${m[1].trim()}" has no year; not used as the publication date`);
      dropped.push(m[0].trim());
      lines[lede] = lines[lede].slice(m[0].length);
    }
  }

  // Rebuild: a blank line between paragraphs, a single break where the raw text had one.
  let text = '';
  let bodyStart = 0;
  let prev = -1;
  for (const i of idx) {
    if (!keep[i]) continue;
    if (text) text += i > prev + 1 ? '\n\n' : '\n'; // blank or dropped lines between
    if (prev === titleIdx && prev !== undefined && bodyStart === 0) bodyStart = text.length;
    text += lines[i];
    prev = i;
  }
  const title = titleIdx !== undefined && keep[titleIdx] ? lines[titleIdx] : null;
  if (!text) warnings.push('no article text left after cleaning');
  return { text, title, author, publishedAt, bodyStart, dropped, warnings };
}

/** "By Jane Doe", "By Jane Doe and Ali Omar, Reuters | Jan 22, 2017" — not "By Tuesday, the army…". */
function isByline(line: string): boolean {
  const m = BYLINE.exec(line);
  return !!m && words(line) <= 16 && !ENDS_SENTENCE.test(line) && /^[\s,|–—:-]*(?:(?:on|at|for|updated|published)\b.*|[\p{Lu}\d(].*)?$/u.test(m[2]);
}

function bylineAuthor(line: string): string | null {
  const m = BYLINE.exec(line);
  if (!m) return null;
  // chrono may have matched a month name as part of the name run: cut at the date.
  const name = m[1].replace(new RegExp(`\\s+(?:(?:${MONTHS})[a-z]*\\.?\\s+)?\\d.*$|\\s+(?:${MONTHS})[a-z]*\\.?$`, 'iu'), '');
  return name.replace(/[\s,|–—-]+$/, '').trim() || null;
}

/**
 * Drops the trailing run of furniture: footer lines, paragraphs repeating earlier text
 * (teasers) and, in the second half of the text, short unpunctuated scraps. Stops at the
 * first line that reads like article text.
 */
function dropTrailing(lines: string[], kept: number[], drop: (i: number) => void): void {
  const firstBody = kept.findIndex((i) => isBody(lines[i]));
  const bodyBefore = (k: number) => firstBody >= 0 && firstBody < k;
  // Teasers repeat the lede: compare with the first ten paragraphs only, so the cost stays
  // bounded however long the document is.
  const LEAD = 10;
  // each lead paragraph is normalised once, however many trailing paragraphs are compared with it
  const norm: string[] = [];
  let lead: string | null = null;
  const leadOf = (k: number) => {
    for (let x = norm.length; x < k; x++) norm.push(normWords(lines[kept[x]]));
    return k === LEAD ? (lead ??= ` ${norm.join(' ')} `) : ` ${norm.slice(0, k).join(' ')} `;
  };
  const repeatsLead = (k: number) => repeats(lines[kept[k]], leadOf(Math.min(k, LEAD)));
  // Headline-like lines below a footer marker ("Related coverage" + story links) go with it;
  // without a marker above them only short scraps do.
  let pending: number[] = [];
  for (let k = kept.length - 1; k > 0; k--) {
    const line = lines[kept[k]];
    if (isFooter(line) || repeatsLead(k)) {
      for (const j of [k, ...pending]) drop(kept[j]);
      pending = [];
    } else if (!ENDS_SENTENCE.test(line) && words(line) <= 20 && k >= kept.length / 2 && bodyBefore(k)) pending.push(k);
    else break;
  }
  for (const j of pending) if (words(lines[kept[j]]) <= 6) drop(kept[j]);
}
