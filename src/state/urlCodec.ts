/**
 * The one codec between a ViewState and the query string of a shareable link.
 *
 * Links must stay short and readable (`?v=1&f=support,conflict&sel=a:russia`), so keys are
 * short, defaults are omitted and list items are joined with literal commas (each item is
 * percent-escaped, so ids containing `,` `:` or `~` still survive). Decoding never throws:
 * anything unknown, malformed or from another version is skipped and reported in `ignored`
 * with a reason a reader can understand.
 */
import { ACTOR_KINDS, FAMILIES, ROLES } from '../extract/schema';
import { DEFAULT_VIEW, type Selection, type ViewState } from './viewState';

/** Version written into every non-default link; bump it when a key changes meaning. */
export const URL_VERSION = 1;

/** Longest value (raw characters) we look at; longer ones are junk or an attack. */
const MAX_VALUE = 2000;
const MAX_PINS = 500;
const MAX_DEPTH = 6;
const MAX_MIN_EVIDENCE = 999;
/** Parameters other features own (e.g. `?corpus=` from bring-your-own-articles) that are not errors. */
const FOREIGN_KEYS = new Set(['embed']);

export interface DecodeResult {
  state: ViewState;
  /** One human-readable reason per part of the link that was not applied. */
  ignored: string[];
}

/** Escapes one list item: like encodeURIComponent, but also `~` (our pair separator). */
function esc(s: string): string {
  return encodeURIComponent(s).replace(/[~!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Percent-decodes one item; undefined when the escape sequence is broken. */
function unesc(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Short quote of user input for messages (never echo 10 kB of junk back). */
function show(s: string): string {
  const t = s.length > 40 ? s.slice(0, 40) + '…' : s;
  return `"${t}"`;
}

function fmtNum(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/**
 * Encodes a view as a query string (without `?`). Only choices that differ from
 * DEFAULT_VIEW are written; the default view encodes to the empty string.
 */
export function encodeView(state: ViewState): string {
  const parts: string[] = [];
  const put = (k: string, v: string) => parts.push(`${k}=${v}`);
  const list = (xs: readonly string[]) => xs.map(esc).join(',');
  if (state.corpus !== DEFAULT_VIEW.corpus) put('c', esc(state.corpus));
  if (state.families.length) put('f', list(state.families));
  if (state.kinds.length) put('k', list(state.kinds));
  if (state.roles.length) put('r', list(state.roles));
  if (state.sources.length) put('src', list(state.sources));
  if (state.negated !== 'show') put('neg', state.negated);
  if (state.minEvidence !== 1) put('min', String(state.minEvidence));
  if (state.search) put('q', esc(state.search));
  if (state.timeRange) put('t', `${state.timeRange[0]}..${state.timeRange[1]}`);
  if (state.clock === 'published') put('clk', 'pub');
  if (state.selection) {
    const s = state.selection;
    put('sel', `${s.type === 'actor' ? 'a' : 'r'}:${esc(s.id)}`);
    if (s.type === 'relation' && s.evidence !== undefined) put('ev', String(s.evidence));
  }
  if (state.focus)
    put('foc', esc(state.focus.actor) + (state.focus.depth !== 1 ? `~${state.focus.depth}` : ''));
  if (state.view !== 'graph') put('view', state.view);
  if (state.reader)
    put(
      'rd',
      esc(state.reader.doc) + (state.reader.sentence !== undefined ? `~${esc(state.reader.sentence)}` : ''),
    );
  const pins = Object.entries(state.pinned);
  if (pins.length) put('pin', pins.map(([id, [x, y]]) => `${esc(id)}:${fmtNum(x)}:${fmtNum(y)}`).join(','));
  return parts.length ? [`v=${URL_VERSION}`, ...parts].join('&') : '';
}

/** Splits a raw query into [key, rawValue] pairs; keys are decoded, values left escaped. */
function rawPairs(query: string): Array<[string, string]> {
  const q = query.startsWith('?') ? query.slice(1) : query;
  if (!q) return [];
  return q
    .split('&')
    .filter((p) => p.length > 0)
    .map((p) => {
      const i = p.indexOf('=');
      const k = i < 0 ? p : p.slice(0, i);
      return [unesc(k) ?? k, i < 0 ? '' : p.slice(i + 1)];
    });
}

/** Decodes a comma list of enum names, keeping the known ones. */
function enumList<T extends string>(
  raw: string,
  allowed: readonly T[],
  what: string,
  ignored: string[],
): T[] {
  const out: T[] = [];
  // Enum names never contain commas, so a list whose commas were escaped (%2C) still reads.
  const whole = unesc(raw);
  for (const item of (whole ?? raw).split(',')) {
    const v = unesc(item);
    if (v === undefined) ignored.push(`${what}: ${show(item)} is not valid text`);
    else if (!(allowed as readonly string[]).includes(v)) ignored.push(`unknown ${what} ${show(v)}`);
    else if (!out.includes(v as T)) out.push(v as T);
  }
  return out;
}

/** Decodes a comma list of ids (any non-empty text). */
function idList(raw: string, what: string, ignored: string[]): string[] {
  const out: string[] = [];
  for (const item of raw.split(',')) {
    const v = unesc(item);
    if (v === undefined || v === '') ignored.push(`${what}: ${show(item)} is not a valid id`);
    else if (!out.includes(v)) out.push(v);
  }
  return out;
}

type Handler = (raw: string, s: ViewState, ignored: string[]) => void;

/** How each key is read. Each handler validates its own value and reports what it skips. */
const HANDLERS: Record<string, Handler> = {
  c(raw, s, ig) {
    const v = unesc(raw);
    if (v) s.corpus = v;
    else ig.push(`corpus ${show(raw)} is not valid`);
  },
  f: (raw, s, ig) => void (s.families = enumList(raw, FAMILIES, 'relation family', ig)),
  k: (raw, s, ig) => void (s.kinds = enumList(raw, ACTOR_KINDS, 'actor kind', ig)),
  r: (raw, s, ig) => void (s.roles = enumList(raw, ROLES, 'role', ig)),
  src: (raw, s, ig) => void (s.sources = idList(raw, 'source', ig)),
  neg(raw, s, ig) {
    if (raw === 'hide' || raw === 'only' || raw === 'show') s.negated = raw;
    else ig.push(`negated filter ${show(raw)} is not one of show, hide, only`);
  },
  min(raw, s, ig) {
    const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
    if (n >= 1 && n <= MAX_MIN_EVIDENCE) s.minEvidence = n;
    else ig.push(`minimum evidence ${show(raw)} is not a whole number from 1 to ${MAX_MIN_EVIDENCE}`);
  },
  q(raw, s, ig) {
    const v = unesc(raw);
    if (v === undefined) ig.push(`search ${show(raw)} is not valid text`);
    else s.search = v;
  },
  t(raw, s, ig) {
    const m = /^([^.]*)\.\.([^.]*)$/.exec(raw);
    if (!m || !isIsoDay(m[1]) || !isIsoDay(m[2]))
      ig.push(`time range ${show(raw)} is not FROM..TO with real YYYY-MM-DD dates`);
    else if (m[1] > m[2]) ig.push(`time range ${show(raw)} ends before it starts`);
    else s.timeRange = [m[1], m[2]];
  },
  clk(raw, s, ig) {
    if (raw === 'pub') s.clock = 'published';
    else if (raw === 'event') s.clock = 'event';
    else ig.push(`clock ${show(raw)} is not "pub" or "event"`);
  },
  sel(raw, s, ig) {
    const m = /^([ar]):(.+)$/.exec(raw);
    const id = m ? unesc(m[2]) : undefined;
    if (!m || !id) ig.push(`selection ${show(raw)} is not a:<actor id> or r:<relation id>`);
    else s.selection = m[1] === 'a' ? { type: 'actor', id } : { type: 'relation', id };
  },
  ev() {
    // Read together with `sel` in decodeView, once the selection is known.
  },
  foc(raw, s, ig) {
    const [a, d, ...rest] = raw.split('~');
    const actor = unesc(a);
    const depth = d === undefined ? 1 : /^\d$/.test(d) ? Number(d) : NaN;
    if (!actor || rest.length || !(depth >= 0 && depth <= MAX_DEPTH))
      ig.push(`focus ${show(raw)} is not <actor id>~<depth 0–${MAX_DEPTH}>`);
    else s.focus = { actor, depth };
  },
  view(raw, s, ig) {
    if (raw === 'table' || raw === 'graph') s.view = raw;
    else ig.push(`view ${show(raw)} is not "table" or "graph"`);
  },
  rd(raw, s, ig) {
    const [d, sent, ...rest] = raw.split('~');
    const doc = unesc(d);
    const sentence = sent === undefined ? undefined : unesc(sent);
    if (!doc || rest.length || (sent !== undefined && !sentence))
      ig.push(`article ${show(raw)} is not <document id>~<sentence id>`);
    else s.reader = sentence === undefined ? { doc } : { doc, sentence };
  },
  pin(raw, s, ig) {
    // Built with fromEntries so an id such as "__proto__" stays a plain own key.
    const pinned: Array<[string, [number, number]]> = [];
    const items = raw.split(',');
    if (items.length > MAX_PINS) ig.push(`only the first ${MAX_PINS} pinned positions were kept`);
    for (const item of items.slice(0, MAX_PINS)) {
      const m = /^([^:]+):(-?\d{1,7}(?:\.\d+)?):(-?\d{1,7}(?:\.\d+)?)$/.exec(item);
      const id = m ? unesc(m[1]) : undefined;
      if (!m || !id) ig.push(`pinned position ${show(item)} is not <actor id>:<x>:<y>`);
      else pinned.push([id, [Number(m[2]), Number(m[3])]]);
    }
    s.pinned = Object.fromEntries(pinned);
  },
};

/** Old or alternative spellings accepted for a key (e.g. the long `?corpus=` form). */
const ALIASES: Record<string, string> = { corpus: 'c' };

function freshDefault(): ViewState {
  return { ...DEFAULT_VIEW, families: [], kinds: [], roles: [], sources: [], pinned: {} };
}

/**
 * Decodes a query string (with or without `?`) or URLSearchParams into a ViewState.
 * Never throws: every part it cannot use is listed in `ignored` and the rest is applied.
 */
export function decodeView(query: string | URLSearchParams): DecodeResult {
  const state = freshDefault();
  const ignored: string[] = [];
  const q = typeof query === 'string' ? query : fromSearchParams(query);
  const pairs = rawPairs(q);
  const vPair = pairs.find(([k]) => k === 'v');
  if (vPair && vPair[1] !== String(URL_VERSION)) {
    ignored.push(
      `link version ${show(vPair[1])} is not supported (this app reads version ${URL_VERSION}); showing the default view`,
    );
    return { state, ignored };
  }
  const seen = new Set<string>();
  for (const [rawKey, raw] of pairs) {
    if (rawKey === 'v') continue;
    const key = Object.hasOwn(ALIASES, rawKey) ? ALIASES[rawKey] : rawKey;
    const handler = Object.hasOwn(HANDLERS, key) ? HANDLERS[key] : undefined;
    if (!handler) {
      if (!FOREIGN_KEYS.has(key)) ignored.push(`unknown parameter ${show(rawKey)}`);
    } else if (seen.has(key))
      ignored.push(`parameter ${show(rawKey)} appears more than once; the first was used`);
    else if (raw.length > MAX_VALUE)
      ignored.push(`parameter ${show(rawKey)} is too long (${raw.length} characters)`);
    else if (raw === '') ignored.push(`parameter ${show(rawKey)} is empty`);
    else handler(raw, state, ignored);
    seen.add(key);
  }
  const evRaw = pairs.find(([k]) => k === 'ev')?.[1];
  if (evRaw !== undefined && evRaw.length <= MAX_VALUE) {
    const n = /^\d{1,5}$/.test(evRaw) ? Number(evRaw) : NaN;
    if (state.selection?.type !== 'relation')
      ignored.push(`evidence ${show(evRaw)} needs a selected relation (sel=r:…)`);
    else if (Number.isNaN(n)) ignored.push(`evidence ${show(evRaw)} is not a sentence number`);
    else state.selection = { ...state.selection, evidence: n } satisfies Selection;
  }
  return { state, ignored: capMessages(ignored) };
}

/**
 * URLSearchParams has already decoded every value, so `toString()` would escape our `:` `,`
 * `~` separators into item text; re-escape only what the query syntax needs instead.
 */
function fromSearchParams(p: URLSearchParams): string {
  const min = (s: string) => s.replace(/[%&=#+\s]/g, (c) => encodeURIComponent(c));
  return [...p].map(([k, v]) => `${min(k)}=${min(v)}`).join('&');
}

/** Keeps the notice readable when a link is pure junk. */
function capMessages(ignored: string[], max = 12): string[] {
  if (ignored.length <= max) return ignored;
  return [...ignored.slice(0, max), `…and ${ignored.length - max} more problems`];
}
