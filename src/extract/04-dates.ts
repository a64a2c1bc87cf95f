/**
 * Step 04 — time expressions per sentence, resolved against the document's date.
 *
 * chrono-node (casual English) finds and resolves most expressions; around it we add what
 * news text needs: bare years ("in 2014"), a tense check for weekday/month names (a past
 * "arrived Friday" is the last Friday, "talks will resume in March" the next March), the
 * writer's modifiers kept in the span ("late Sunday", "in December"), and filters for
 * chrono's false friends ("now", "may", "march", "Sun Yat-sen", "for 24 hours", "a day
 * before" the talks). Without a reference date only absolute dates get a value.
 */
import * as chrono from 'chrono-node';
import type { Precision, SentenceDate } from './schema';

/** Cheap pre-filter: chrono is only run on sentences containing one of these cues. */
const DATE_CUE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|day\b|\b(?:1[89]|20)\d\d\b|\bago\b|\b(?:yesterday|today|tomorrow|tonight)\b|\b(?:week|month|year)s?\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/i;

const FULL_WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/i;
const AMBIGUOUS_MONTH = /^(?:may|march)$/i;
/** Expressions that are not points in time relative to the writer. */
const REJECT_TEXT = [
  /^(?:right\s+)?now$/i,
  /^(?:at\s+)?(?:noon|midnight)$/i,
  /^(?:the\s+)?weekend$/i,
  /^(?:for|within|over)\b/i,
  /^in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+(?:second|minute|hour|day|week|month|year)s?$/i,
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+(?:\w+\s+)?(?:before|after|earlier|later)$/i,
];
const PAST_CUE =
  /\b(?:was|were|had|did|said|told|ago|earlier|previous(?:ly)?|last|arrived|began|held|met|gathered|attacked|killed|signed|agreed|announced|launched|took|came|left|opened|ended|reported|fell)\b/i;
/** "in October last year": a year word right after a month. */
const YEAR_AFTER = /^\s+(?:of\s+)?(last|next|this)\s+year\b/i;
/**
 * A lower-case past-tense verb ("declared", "withdrew" is not caught, "-ed" is enough for
 * most) beyond the closed list above; participles used as adjectives are not past tense.
 */
const PAST_ED = /\b(?!(?:armed|united|related|expected|scheduled|alleged|called|based|led|backed|supported|linked|aligned|allied|detained|displaced|disputed|planned|proposed|intended|needed|used|concerned|interested|involved|limited|advanced|red|bed|shed|seed|speed|need|feed|breed|embed|proceed|exceed|succeed|indeed)\b)[a-z]{2,}ed\b/;
const FUTURE_CUE =
  /\b(?:will|shall|expected|scheduled|set\s+to|due\s+to|plan(?:s|ned)?\s+to|is\s+to|are\s+to|upcoming|next|coming|begins?|starts?|resumes?|opens?|hopes?|going\s+to)\b/i;
const BARE_YEAR =
  /\b(?:(in|since|until|till|by|from|during|before|after|through|throughout|of|early|late|mid-?|between)\s+|(the)\s+)((?:1[89]|20)\d\d)\b(?![\d,.]\d|\s*%|-\d)/gi;

const YEAR_PAIR = /\b((?:1[89]|20)\d\d)\s*(?:and|to|through|until|till|or|-|–)\s*((?:1[89]|20)\d\d)\b(?![\d,.]\d|\s*%)/g;

export interface DateContext {
  /** ISO date (YYYY-MM-DD) of the document, or null when unknown. */
  publishedAt: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Noon local time of an ISO date, so time zones never move the day. */
function refDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3])); // the constructor maps years < 100 to 19xx
  return Number.isNaN(d.getTime()) ? null : d;
}

function format(c: chrono.ParsedComponents, precision: Precision): string {
  return formatDate(c.date(), precision);
}

function precisionOf(c: chrono.ParsedComponents): Precision | null {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

/** Shifts a weekday / month / month-day without a year to the side the sentence's tense implies. */
function tenseShift(r: chrono.ParsedResult, ref: Date, window: string, precision: Precision): Date {
  const c = r.start;
  const date = c.date();
  if (c.isCertain('year') || /\b(?:last|next|this|ago|past|coming)\b/i.test(r.text)) return date;
  if (/^(?:today|tonight|tomorrow|yesterday)/i.test(r.text) || c.isCertain('hour') && !c.isCertain('weekday')) return date;
  const past = PAST_CUE.test(window) || PAST_ED.test(window);
  const future = FUTURE_CUE.test(window);
  const diffDays = (date.getTime() - ref.getTime()) / 86_400_000;
  // no tense cue: news reports the past, so a month far ahead ("since April" in January) is last year's
  if (!past && !future && diffDays > 60 && !(c.isCertain('weekday') && !c.isCertain('day'))) {
    const back = new Date(date);
    back.setFullYear(back.getFullYear() - 1);
    return back;
  }
  if (past === future) return date;
  const shifted = new Date(date);
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    if (past && diffDays > 0.6) shifted.setDate(shifted.getDate() - 7);
    else if (future && diffDays < -0.6) shifted.setDate(shifted.getDate() + 7);
    return shifted;
  }
  const threshold = precision === 'day' ? 7 : 31;
  if (past && diffDays > threshold) shifted.setFullYear(shifted.getFullYear() - 1);
  else if (future && diffDays < -threshold) shifted.setFullYear(shifted.getFullYear() + 1);
  return shifted;
}

function isFalseFriend(r: chrono.ParsedResult, sentence: string, at: number, len: number): boolean {
  const text = r.text.slice(0, len);
  if (REJECT_TEXT.some((re) => re.test(text))) return true;
  // "the next day", "the following week": relative to the story, not to the writer's date
  if (/^(?:next|following|previous|prior|preceding)\s+(?:day|week|month|year)$|^the\s+day\s+(?:before|after)$/i.test(text) && /\bthe\s*$/i.test(sentence.slice(0, at)) || /^the\s+day\s+(?:before|after)$/i.test(text))
    return true;
  const c = r.start;
  if (!precisionOf(c)) return true; // a bare time ("at 5 p.m.")
  if (c.isCertain('weekday') && !c.isCertain('month') && !FULL_WEEKDAY.test(text)) return true; // "Sun Yat-sen"
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    // "the Sunday Times", "Bloody Sunday" are names, not dates
    const after = sentence.slice(at + len);
    if (/^\s+\p{Lu}/u.test(after) && !MONTH_NAME.test(after.trim().split(/\s+/)[0])) return true;
  }
  if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year')) {
    const word = text.replace(/^(?:in|on|of|early|late|mid-?)\s*/i, '');
    if (/^\p{Ll}/u.test(word)) return true; // "march", "may"
    const before = sentence.slice(0, at);
    if (AMBIGUOUS_MONTH.test(word) && !/\b(?:in|by|since|until|till|of|from|through|during|early|late|mid-?|last|next|this|before|after)\s*$/i.test(before))
      return true;
  }
  return false;
}

/** Grows a span over the writer's modifiers: "late Sunday", "in December", "mid-March". */
function widen(sentence: string, start: number, end: number, monthOrYear: boolean): number {
  const before = sentence.slice(0, start);
  const mod = /(?:\b(?:late|early)\s+|\bmid-?\s*)$/i.exec(before);
  if (mod) return start - mod[0].length;
  if (monthOrYear) {
    const prep = /\bin\s+$/i.exec(before);
    if (prep) return start - prep[0].length;
  }
  return start;
}

/**
 * Finds every time expression in one sentence. `offset` is the sentence's start in the
 * document text; returned offsets are document offsets. Never throws.
 */
export function findDates(sentence: string, offset: number, ctx: DateContext): SentenceDate[] {
  if (!DATE_CUE.test(sentence)) return [];
  const ref = ctx.publishedAt ? refDate(ctx.publishedAt) : null;
  const probeA = new Date(2001, 5, 13, 12);
  const probeB = new Date(2011, 2, 2, 12);
  const out: SentenceDate[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = chrono.casual.parse(sentence, ref ?? probeA);
  } catch {
    return []; // chrono has no known throwing input, but a date must never sink a document
  }
  for (const r of results) {
    const rawText = r.text;
    let trimmedLen = rawText.replace(/[\s,;:]+$/, '').length;
    if (isFalseFriend(r, sentence, r.index, trimmedLen)) continue;
    const precision = precisionOf(r.start) as Precision;
    let value: string | undefined;
    // "in October last year", "in March of next year": chrono reads the month and the year apart
    const yearWord = ref && !r.start.isCertain('year') && r.start.isCertain('month') ? YEAR_AFTER.exec(sentence.slice(r.index + trimmedLen)) : null;
    if (ref && yearWord) {
      const d = r.start.date();
      d.setFullYear(ref.getFullYear() + ({ last: -1, next: 1 }[yearWord[1].toLowerCase()] ?? 0));
      value = formatDate(d, precision);
      trimmedLen += yearWord[0].length;
    } else if (ref) {
      const lo = Math.max(0, r.index - 80);
      const window = sentence.slice(lo, r.index + trimmedLen + 40);
      const d = tenseShift(r, ref, window, precision);
      value = formatDate(d, precision);
    } else {
      // No reference: keep the value only if it does not depend on the reference date.
      const again = chrono.casual.parse(rawText, probeB)[0];
      const a = format(r.start, precision);
      if (again && format(again.start, precision) === a) value = a;
    }
    const monthOrYear = precision !== 'day';
    const s = widen(sentence, r.index, r.index + trimmedLen, monthOrYear);
    push(out, { text: sentence.slice(s, r.index + trimmedLen), start: offset + s, end: offset + r.index + trimmedLen, value, precision });
  }
  for (let m = BARE_YEAR.exec(sentence); m; m = BARE_YEAR.exec(sentence)) {
    const yearAt = m.index + m[0].length - m[3].length;
    const start = m[2] ? yearAt : m.index;
    if (m[2] && !/^\s+\p{L}/u.test(sentence.slice(yearAt + 4))) continue; // "the 2015 agreement", not "the 2015."
    push(out, { text: sentence.slice(start, yearAt + 4), start: offset + start, end: offset + yearAt + 4, value: m[3], precision: 'year' });
  }
  // the second year of "between 2014 and 2016", "from 2011 to 2013", "of 2014 and 2015"
  for (let m = YEAR_PAIR.exec(sentence); m; m = YEAR_PAIR.exec(sentence)) {
    const at = m.index + m[0].length - 4;
    if (!out.some((o) => o.end === offset + m.index + 4)) continue; // the first must be a date already
    push(out, { text: m[2], start: offset + at, end: offset + at + 4, value: m[2], precision: 'year' });
  }
  return out.sort((a, b) => a.start - b.start);
}

function formatDate(d: Date, precision: Precision): string {
  const y = String(d.getFullYear()).padStart(4, '0');
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad(d.getMonth() + 1)}`;
  return `${y}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Adds a date unless it overlaps one already found (chrono's reading wins). */
function push(out: SentenceDate[], d: SentenceDate & { value?: string; precision?: Precision }): void {
  if (d.end <= d.start) return;
  if (out.some((o) => d.start < o.end && o.start < d.end)) return;
  const entry: SentenceDate = { text: d.text, start: d.start, end: d.end };
  if (d.value) {
    entry.value = d.value;
    entry.precision = d.precision;
  }
  out.push(entry);
}
