/**
 * Dates on the two clocks: "when it happened" (the evidence's resolved event date) and
 * "when it was reported" (the publication date of the evidence's document). ISO prefixes
 * (YYYY, YYYY-MM, YYYY-MM-DD) become inclusive day intervals so month- and year-precise
 * dates overlap a brushed range honestly instead of collapsing to their first day.
 */
import type { Evidence, GraphDocument } from '../extract/schema';
import type { Clock } from '../state/viewState';

/** An inclusive interval of whole days, as UTC epoch milliseconds of the first and last day. */
export interface DayInterval {
  start: number;
  end: number;
}

const DAY = 86_400_000;

/**
 * Parsed intervals by ISO string. A big corpus has tens of thousands of dated pieces of
 * evidence but few distinct dates, and the timeline, filters and share toolbar parse them
 * on every new graph: parsing each date once keeps those renders short. Bounded, as a
 * session can see many corpora.
 */
const parsed = new Map<string, DayInterval | null>();
const PARSED_MAX = 20_000;

/** Parses an ISO prefix to the interval of days it covers, or null when it is not a date. */
export function isoInterval(iso: string | null | undefined): DayInterval | null {
  if (!iso) return null;
  let hit = parsed.get(iso);
  if (hit === undefined) {
    if (parsed.size >= PARSED_MAX) parsed.clear();
    hit = parseInterval(iso);
    // Frozen: every caller shares the cached interval.
    parsed.set(iso, hit && Object.freeze(hit));
  }
  return hit;
}

function parseInterval(iso: string): DayInterval | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const t = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
    return Number.isNaN(t) ? null : { start: t, end: t };
  }
  if (m[2]) {
    const mo = Number(m[2]) - 1;
    return { start: Date.UTC(y, mo, 1), end: Date.UTC(y, mo + 1, 1) - DAY };
  }
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) - DAY };
}

/** The interval of one piece of evidence on the chosen clock, or null when undated there. */
export function evidenceInterval(
  ev: Evidence,
  doc: GraphDocument | undefined,
  clock: Clock,
): DayInterval | null {
  if (clock === 'published') return isoInterval(doc?.publishedAt);
  if (!ev.date) return null;
  const a = isoInterval(ev.date.start);
  const b = isoInterval(ev.date.end);
  if (!a) return b;
  return { start: a.start, end: Math.max(a.end, b?.end ?? a.end) };
}

/** Inclusive [from, to] ISO day range → interval; null when malformed. */
export function rangeInterval(range: [string, string]): DayInterval | null {
  const a = isoInterval(range[0]);
  const b = isoInterval(range[1]);
  if (!a || !b) return null;
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** True when two day intervals share at least one day. */
export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Epoch ms → YYYY-MM-DD (UTC). */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Short human label for an ISO prefix: "22 Jan 2017", "Dec 2016", "2016". */
export function formatIso(iso: string | null | undefined): string {
  const iv = isoInterval(iso);
  if (!iv || !iso) return '';
  const d = new Date(iv.start);
  // A fixed table: toLocaleString is slow when called for every timeline mark and table row.
  const month = MONTHS[d.getUTCMonth()];
  const parts = iso.trim().split('-').length;
  if (parts >= 3) return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
  if (parts === 2) return `${month} ${d.getUTCFullYear()}`;
  return String(d.getUTCFullYear());
}

/** Compact label for an inclusive day range: "22–23 Jan 2017", "30 Dec 2016 – 2 Jan 2017". */
export function formatDayRange(fromMs: number, toMs: number): string {
  const a = new Date(fromMs);
  const b = new Date(toMs);
  if (fromMs === toMs) return formatIso(toIsoDay(fromMs));
  if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth())
    return `${a.getUTCDate()}–${b.getUTCDate()} ${MONTHS[a.getUTCMonth()]} ${a.getUTCFullYear()}`;
  return `${formatIso(toIsoDay(fromMs))} – ${formatIso(toIsoDay(toMs))}`;
}
