/**
 * Step 09a — argument finding for relation triggers: coordinated groups ("Russia, Iran,
 * and Turkey"), the subject to the left (skipping "supporters of X", participial
 * parentheticals ", led by …,", following relative pronouns to their antecedent) and the
 * object to the right (skipping places "inside Syria" and title parts).
 */
import { lexicon } from './05-lexicon';
import type { Mention, SentenceView } from './06-mentions';

const CONNECTORS = new Set([
  ',',
  'and',
  // descriptive adjectives inside a coordination ("the army and the paramilitary RSF")
  'paramilitary',
  'rival',
  'or',
  '&',
  'the',
  'its',
  'their',
  'supporters',
  'allies',
  'backers',
  'both',
  'as',
  'well',
  'along',
  'also',
]);
const PARENS = new Set(['(']);
const POSSESSIVE = new Set(["'s", '-', 'the']);
const BRIDGE = new Set([...CONNECTORS, 'of', 'members', 'some', 'all', 'many', 'other']);
/** Words and marks that end a clause on either side of an argument. */
const CLAUSE_BREAKS = [';', 'while', 'whereas', 'but', 'although', 'though', 'because', 'when', 'if', 'since', ':'];
const LEFT_STOP = new Set([...CLAUSE_BREAKS, 'as', '"', '\u201c', '\u201d']);
const RIGHT_STOP = new Set([...CLAUSE_BREAKS, 'who', 'which', 'after', 'before', 'said', 'says']);
const RELATIVE = new Set(['who', 'which', 'that']);
const REP_NOUNS = new Set([
  // "several rounds of talks": the event is the object, not a place
  'rounds',
  'round',
  // "the military governments of Mali, Burkina Faso and Niger said": the countries are the subject
  'governments',
  'ministers',
  'presidents',
  'representatives',
  'representative',
  'delegation',
  'delegations',
  'delegates',
  'members',
  'forces',
  'troops',
  'envoy',
  'leaders',
  'officials',
  'fighters',
]);
const PLACE_PREPS = new Set([
  'in',
  'inside',
  'at',
  'near',
  'across',
  'throughout',
  'outside',
  'within',
  'from',
  'into',
  'to',
  'toward',
  'towards',
]);
const PARTICIPLE_OPENERS = new Set([
  'led',
  'backed',
  'headed',
  'supported',
  'based',
  'who',
  'which',
  'whose',
  'accompanied',
  'flanked',
]);

/** A mention usable as a relation argument: resolved, not part of another phrase. */
export function isArg(m: Mention): boolean {
  return !!m.actor && !m.modifier && m.ref.t !== 'event';
}

/** "inside Syria", "supporters of Assad": a mention that is a place or a modifier here. */
export function isOblique(v: SentenceView, m: Mention): boolean {
  let k = m.argStart - 1;
  if (v.toks[k]?.key === 'the') k--;
  const p = v.toks[k]?.key;
  if (p === 'of') return !REP_NOUNS.has(v.toks[k - 1]?.key ?? '');
  return !!p && PLACE_PREPS.has(p) && m.ref.t === 'country';
}

const between = (v: SentenceView, a: number, b: number, set: Set<string>) => {
  for (let k = a; k < b; k++) if (!set.has(v.toks[k].key)) return false;
  return true;
};

/** "Hamas and the Lebanese Hezbollah movement": a demonym before a conjunct is part of its phrase. */
function demonymStart(v: SentenceView, a: number): number {
  const k = a - 1;
  if (k < 0 || !v.toks[k].upper) return a;
  const g = lexicon().gazetteer.longest(v.keys, k, k + 1);
  return g && g[0] === a && g[1].type === 'country' && g[1].form === 'demonym' ? k : a;
}

/** The coordinated group around `m` ("Russia, Iran, and Turkey"), in text order. */
export function groupOf(v: SentenceView, m: Mention, ok: (x: Mention) => boolean = isArg): Mention[] {
  const ms = v.mentions;
  const idx = ms.indexOf(m);
  const out = [m];
  // modifiers ("Russia's Wagner Group", "Turkey-backed") sit inside a member's phrase
  let edge = m.j;
  for (let k = idx + 1; k < ms.length; k++) {
    const x = ms[k];
    // "the Arakan Army, the Democratic Alliance Army (MNDAA) and …": a bracketed acronym closes the member
    if (v.toks[edge]?.key === '(' && v.toks[edge + 2]?.key === ')' && v.toks[edge + 1].upper) edge += 3;
    if (x.i < edge) continue;
    if (x.modifier && between(v, edge, x.i, CONNECTORS)) {
      edge = x.j;
      while (edge < v.toks.length && /^('s|-)$/.test(v.toks[edge].key)) edge++;
      // "Israel and Iran-backed Hezbollah": the participle of a hyphenated modifier is part of the next member
      if (v.toks[edge - 1]?.key === '-' && /^(backed|led|aligned|allied|supported|sponsored|funded|armed|linked|based)$/.test(v.toks[edge]?.key ?? ''))
        edge++;
      continue;
    }
    if (!ok(x) || !between(v, edge, demonymStart(v, x.argStart), CONNECTORS) || isOblique(v, x)) break;
    out.push(x);
    edge = x.j;
  }
  edge = m.argStart;
  for (let k = idx - 1; k >= 0; k--) {
    const x = ms[k];
    if (x.j > edge) continue;
    // "the Authority on Development (IGAD) and the UN": a bracketed acronym ends the member before it
    if (v.toks[x.i - 1]?.key === '(' && v.toks[x.j]?.key === ')' && between(v, x.j + 1, edge, CONNECTORS) && ok(x)) {
      out.unshift(x);
      edge = x.i - 1;
      continue;
    }
    if (x.modifier) {
      if (between(v, x.j, edge, POSSESSIVE)) edge = x.i;
      continue;
    }
    // "the Revolutionary Armed Forces of Colombia (FARC) reached …": the bracketed alias is the same member
    const alias = x.actor === out[0].actor && between(v, x.j, edge, PARENS);
    if (!ok(x) || !(alias || between(v, x.j, edge, CONNECTORS)) || isOblique(v, x)) break;
    out.unshift(x);
    edge = x.argStart;
  }
  return dedupe(out);
}

function dedupe(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.actor!) ? false : (seen.add(m.actor!), true)));
}

/** Start of the clause that contains token i (after the nearest left boundary). */
function clauseStart(v: SentenceView, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (LEFT_STOP.has(v.toks[k].key)) return k + 1;
  return 0;
}

/** ", led by … ," — a participial or relative aside between commas. */
function inAside(v: SentenceView, m: Mention, limit: number): boolean {
  let a = -1;
  for (let k = m.argStart - 1; k >= 0; k--)
    if (v.toks[k].key === ',') {
      a = k;
      k = -1;
    }
  if (a < 0) return false;
  const opener = v.toks[a + 1];
  if (
    !opener ||
    !(PARTICIPLE_OPENERS.has(opener.key) || (opener.pos === 'VERB' && opener.key !== 'including'))
  )
    return false;
  for (let k = m.j; k < limit; k++) if (v.toks[k].key === ',') return true;
  return false;
}

/** The antecedent group of a relative pronoun at token r ("…al-Qaida affiliates, who"). */
function antecedent(v: SentenceView, r: number): Mention[] {
  const left = v.mentions.filter((m) => m.j <= r && isArg(m));
  const m = left[left.length - 1];
  if (!m || r - m.j > 4) return [];
  return groupOf(v, m);
}

/** The subject group of a trigger at token i (empty when none is safe to name). */
export function subjectOf(v: SentenceView, i: number): Mention[] {
  const from = clauseStart(v, i);
  const cands = v.mentions.filter((m) => m.j <= i && m.i >= from && m.actor && m.ref.t !== 'event').reverse();
  let rel = -1;
  for (let k = i - 1; k >= from; k--)
    if (RELATIVE.has(v.toks[k].key)) {
      rel = k;
      k = -1;
    }
  const nearest = cands.find((m) => !m.modifier && !inAside(v, m, i));
  if (rel >= 0 && (!nearest || nearest.j <= rel) && v.toks[rel].key !== 'that') return antecedent(v, rel);
  let prev: Mention | null = null;
  for (const c of cands) {
    if (c.modifier || inAside(v, c, i)) continue;
    if (prev && !between(v, c.j, prev.argStart, BRIDGE)) return [];
    if (isArg(c) && !isOblique(v, c)) return groupOf(v, c);
    prev = c;
  }
  // "A and B came to Berlin but did not meet": a verb after "but" with no subject of its own shares the first clause's
  if (!cands.length && from > 0 && v.toks[from - 1].key === 'but') return subjectOf(v, from - 1);
  return [];
}

/** The object group right of token j (within the clause); `want` filters acceptable mentions. */
export function objectOf(
  v: SentenceView,
  j: number,
  want: (m: Mention) => boolean,
  maxGap = 10,
  commaOk = false,
): Mention[] {
  for (const m of v.mentions) {
    if (m.i < j) continue;
    if (m.argStart - j > maxGap) return [];
    let stop = false;
    let noun = false;
    for (let k = j; k < m.argStart; k++) {
      const t = v.toks[k];
      // "attacked the port city of Mariupol, Ukrainian officials said": the object ended at the comma
      if (RIGHT_STOP.has(t.key) || (t.key === ',' && noun && !commaOk)) stop = true;
      if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
    }
    if (stop) return [];
    const direct = m.argStart === j || (m.argStart === j + 1 && v.toks[j].key === 'the');
    if (!m.actor || m.modifier || (!direct && isOblique(v, m)) || !want(m)) continue;
    return groupOf(v, m, (x) => !!x.actor && !x.modifier && want(x));
  }
  return [];
}
