/**
 * Step 06, shared part — what a mention is, and the per-sentence scan state the mention
 * passes (06a–06f) share: the tokens, which of them a mention already covers, and a memo
 * of gazetteer lookups (the longest known name starting at each token is asked for by
 * several passes; it is computed once per token).
 */
import { lexicon, type AgentClass, type GazEntry, type TitleClass } from './05-lexicon';
import type { ActorKind } from './schema';

/** A token as the semantic layer sees it. */
export interface Tok {
  text: string;
  key: string;
  start: number;
  end: number;
  pos: string;
  upper: boolean;
}

/** What a mention refers to, before ids are resolved. */
export type Ref =
  | { t: 'entity'; id: string; name: string; kind: ActorKind; affiliation?: string; country?: string }
  | { t: 'country'; country: string; form: 'name' | 'demonym' | 'capital' | 'metonym' }
  | { t: 'agent'; country: string | null; cls: Exclude<AgentClass, 'delegation'> }
  | { t: 'person'; name: string }
  | { t: 'org'; name: string; kind: ActorKind }
  | { t: 'event'; cls: string; venue?: string }
  | { t: 'pronoun'; which: 'person' };

export interface Mention {
  /** Sentence index and token range [i, j) within that sentence. */
  s: number;
  i: number;
  j: number;
  ref: Ref;
  /** Resolved actor id (07/08); null when it stays unresolved. */
  actor?: string | null;
  /** First token of the whole phrase (title included) for preposition checks. */
  argStart: number;
  /** Part of another phrase (a title's possessor, "Turkey-backed"): not an argument on its own. */
  modifier?: boolean;
  /** Followed by "delegates"/"delegation": the actor's delegation. */
  delegates?: boolean;
}

/** A person's title with whoever it ties them to ("its Ambassador", "Kazakhstan's Foreign Minister"). */
export interface TitleLink {
  person: Mention;
  /** The possessor / prefix mention, or null when the title names no organisation. */
  holder: Mention | null;
  /** True when the text states the tie explicitly (possessive, apposition, organisation prefix). */
  edge: boolean;
  cls: TitleClass;
  s: number;
  /** Token range of the title words (the relation's trigger). */
  ti: number;
  tj: number;
}

export interface SentenceView {
  index: number;
  id: string;
  start: number;
  end: number;
  toks: Tok[];
  /** toks[k].key, for trie lookups. */
  keys: string[];
  mentions: Mention[];
}

/** A city named as a place ("in Astana", datelines): candidate venue of events. */
export interface Venue {
  name: string;
  s: number;
  i: number;
  j: number;
  weight: number;
  prep: string | null;
}

export interface DocMentions {
  sentences: SentenceView[];
  links: TitleLink[];
  venues: Venue[];
}

export type Lexicon = ReturnType<typeof lexicon>;
type GazHit = [number, GazEntry] | null;

/** The state one sentence's mention passes share. */
export interface Scan {
  v: SentenceView;
  toks: Tok[];
  keys: string[];
  n: number;
  lex: Lexicon;
  /** The mention covering each token, if any. */
  cover: Array<Mention | null>;
  out: Mention[];
  links: TitleLink[];
  venues: Venue[];
  /** A title-case headline: no name patterns there, only known names. */
  headline: boolean;
  /** gazAt memo: undefined = not looked up yet. */
  gaz: Array<GazHit | undefined>;
}

/** A fresh scan of one sentence. */
export function newScan(v: SentenceView, lex: Lexicon, links: TitleLink[], venues: Venue[]): Scan {
  const n = v.toks.length;
  return {
    v,
    toks: v.toks,
    keys: v.keys,
    n,
    lex,
    cover: new Array<Mention | null>(n).fill(null),
    out: [],
    links,
    venues,
    headline: isHeadline(v.toks),
    gaz: new Array<GazHit | undefined>(n),
  };
}

/** Records a mention and marks its tokens covered. */
export function addMention(sc: Scan, m: Mention): Mention {
  sc.out.push(m);
  for (let k = m.i; k < m.j; k++) sc.cover[k] = m;
  return m;
}

/** Removes a mention found by an earlier pass (a later pass found a longer reading). */
export function dropMention(sc: Scan, m: Mention): void {
  sc.out.splice(sc.out.indexOf(m), 1);
}

/** The longest gazetteer entry starting at token i whose capitalisation fits, memoised. */
export function gazAt(sc: Scan, i: number): GazHit {
  if (i < 0 || i >= sc.n) return null;
  let g = sc.gaz[i];
  if (g === undefined) {
    const toks = sc.toks;
    g = sc.lex.gazetteer.longest(sc.keys, i, sc.n, (e, end) => capsOk(toks, i, end, e));
    sc.gaz[i] = g;
  }
  return g;
}

/** Every gazetteer entry spanning exactly [i, end) whose capitalisation fits. */
export function gazEntries(sc: Scan, i: number, end: number): GazEntry[] {
  const toks = sc.toks;
  return sc.lex.gazetteer.matches(sc.keys, i, sc.n, (x, en) => en === end && capsOk(toks, i, en, x)).map((x) => x[1]);
}

const LOWER = /\p{Ll}/u;

function capsOk(toks: Tok[], i: number, end: number, e: GazEntry): boolean {
  if (e.caps === 'none') return true;
  if (e.caps === 'first') return toks[i].upper;
  for (let k = i; k < end; k++) if (LOWER.test(toks[k].text)) return false;
  return true;
}

const LETTER_FIRST = /^\p{L}/u;

/** A title-case headline capitalises every word, verbs and prepositions included. */
function isHeadline(toks: Tok[]): boolean {
  let words = 0;
  let capital = 0;
  let capitalVerbs = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const c = t.text.charCodeAt(0);
    // ASCII letters are decided without a regex; it runs on every token
    if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : !LETTER_FIRST.test(t.text)) continue;
    words++;
    if (t.upper) capital++;
    if (t.upper && k > 0 && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP')) capitalVerbs++;
  }
  return words >= 4 && capital / words > 0.6 && capitalVerbs > 0;
}

const LETTER = /\p{L}/u;

/** A capitalised word that can be part of a personal name (not an all-caps acronym, not a function word). */
export const isName = (t: Tok | undefined): boolean =>
  !!t &&
  t.upper &&
  !lexicon().nonNames.has(t.key) &&
  LETTER.test(t.text) &&
  !(t.text.length > 1 && t.text === t.text.toUpperCase());

/** Previous token index skipping "the". */
export function prevIdx(toks: Tok[], i: number): number {
  let k = i - 1;
  if (toks[k]?.key === 'the') k--;
  return k;
}

const QUOTE = /^["\u201c\u201d]$/;

/** After an opening quote at q: one or two capitalised words, the closing quote and a surname follow → the surname's index, else 0. */
function nicknameEnd(toks: Tok[], q: number): number {
  for (let c = q + 2; c <= q + 3; c++) {
    if (!QUOTE.test(toks[c]?.text ?? '')) continue;
    for (let k = q + 1; k < c; k++) if (!isName(toks[k])) return 0;
    return isName(toks[c + 1]) ? c + 1 : 0;
  }
  return 0;
}

/** End of a personal name starting at p (capitalised words, particles, hyphen joins), or p. */
export function nameAt(toks: Tok[], cover: Array<Mention | null>, p: number, lex: Lexicon): number {
  let q = p;
  while (q < toks.length && q - p < 6 && !cover[q]) {
    const t = toks[q];
    if (isName(t) && !lex.gazetteer.longest([t.key], 0, 1)) q++;
    else if (q > p && t.text === '-' && toks[q - 1].end === t.start && isName(toks[q + 1])) q++;
    else if (lex.particles.has(t.key) && !t.upper && (toks[q + 1]?.text === '-' || isName(toks[q + 1]))) q++;
    // a quoted nickname between given name and surname: Jimmy "Barbecue" Cherizier
    else if (q > p && QUOTE.test(t.text) && nicknameEnd(toks, q) > 0) q = nicknameEnd(toks, q);
    else break;
  }
  while (q > p && (lex.particles.has(toks[q - 1].key) || toks[q - 1].text === '-')) q--;
  return q;
}

/** The text of a run of tokens, with curly apostrophes straightened. */
export function nameText(toks: Tok[]): string {
  let s = '';
  for (let k = 0; k < toks.length; k++)
    s += (k > 0 && toks[k].start > toks[k - 1].end ? ' ' : '') + toks[k].text.replace(/[\u2019\u2018]/g, "'");
  return s;
}

/** "ASTANA" → "Astana". */
export function titleCase(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
}

/** A person mention over tokens [i, j). */
export function personAt(sc: Scan, i: number, j: number, argStart = i): Mention {
  return addMention(sc, { s: sc.v.index, i, j, argStart, ref: { t: 'person', name: nameText(sc.toks.slice(i, j)) } });
}
