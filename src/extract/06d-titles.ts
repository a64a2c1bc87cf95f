/**
 * Step 06d — a title before a name: "U.N. Special Envoy for Yemen, Martin Griffiths",
 * "its Ambassador to Turkey Jane Doe", "Nigerian President Bola Tinubu", and the quoted
 * expert "says Anna Petrova at the Institute for Peace". Each yields a person mention
 * and a TitleLink to whoever holds the title (possessor, prefix, demonym).
 */
import { addMention, gazAt, nameAt, personAt, type Mention, type Scan } from './06-scan';

const COMPLEMENT = new Set(['on', 'to', 'for', 'in']);
/** Military ranks: after "its spokesman," they are part of the title ("Mullah", an honorific, stays in the name). */
const RANKS = new Set('general gen lt lieutenant major maj colonel col brigadier brig admiral rear vice marshal field captain capt'.split(' '));
/** Words that belong to a title phrase before the title noun ("the Taliban's deputy leader"). */
export const TITLE_MODS = new Set(
  'deputy chief senior top former acting special political military spiritual supreme new interim main lead veteran exiled'.split(' '),
);

/** Is token `at` inside a ", which …" / ", who …" clause that has not closed by then? */
function inRelativeClause(keys: string[], at: number): boolean {
  for (let k = at - 1; k > 0; k--) {
    if (keys[k] === ',') return false;
    if ((keys[k] === 'which' || keys[k] === 'who') && keys[k - 1] === ',') return true;
  }
  return false;
}

/** Pass D over one sentence: title + name. */
export function titledNames(sc: Scan): void {
  const { toks, keys, n, lex, cover, out, v } = sc;
  if (sc.headline) return;
  for (let i = 0; i < n; i++) {
    if (cover[i]) continue;
    const t = lex.titles.longest(keys, i, n);
    if (!t) continue;
    const [tEnd, cls] = t;
    let p = tEnd;
    const inner: Mention[] = [];
    if (COMPLEMENT.has(keys[p]) && (toks[p + 1]?.upper || keys[p + 1] === 'the')) {
      p++;
      if (keys[p] === 'the') p++;
      while (p < n && cover[p]) {
        if (!inner.includes(cover[p]!)) inner.push(cover[p]!);
        p++;
      }
      // "envoy for the Horn of Africa": an unknown place ends the title; a name may only follow a comma
      if (!inner.length) {
        while (p < n && (toks[p].upper || keys[p] === 'of' || keys[p] === 'the')) p++;
        if (keys[p] !== ',') continue;
      }
    }
    const comma = keys[p] === ',';
    if (comma) p++;
    // "its spokesman, Major General Zaw Min Tun": a rank before the name belongs to the title
    for (let r = lex.titles.longest(keys, p, n); r && toks[p].upper && !cover[p]; r = lex.titles.longest(keys, p, n)) {
      if (!keys.slice(p, r[0]).every((k) => RANKS.has(k)) || nameAt(toks, cover, r[0], lex) <= r[0]) break;
      p = r[0];
    }
    const nameEnd = nameAt(toks, cover, p, lex);
    if (nameEnd <= p || (nameEnd - p === 1 && cls === 'expert')) continue;
    // holder: "its"/"his" pronoun, "X's", or a mention directly before the title
    // "the Taliban's deputy leader": modifiers may sit between the holder and the title
    let b = i;
    while (b > 0 && TITLE_MODS.has(keys[b - 1])) b--;
    let holder: Mention | null = null;
    let edge = comma;
    let argStart = b;
    const pm = cover[b - 1];
    if (keys[b - 1] === 'its' || keys[b - 1] === 'their') {
      const before = out.filter((m) => m.j <= b - 1 && !m.modifier && m.ref.t !== 'person' && m.ref.t !== 'event').sort((x, y) => y.i - x.i);
      // "Indonesia, which chairs ASEAN, said its foreign minister": not the relative clause's object
      holder = before.find((m) => !inRelativeClause(keys, m.i)) ?? before[0] ?? null;
      edge = true;
      argStart = b - 1;
    } else if (keys[b - 1] === "'s" && cover[b - 2]) {
      holder = cover[b - 2]!;
      edge = true;
      argStart = holder.i;
    } else if (pm) {
      holder = pm;
      argStart = pm.i;
      // an organisation or movement prefix states membership; a state/IGO prefix ("U.S. President") is part of the title
      edge ||= pm.ref.t === 'org' || (pm.ref.t === 'entity' && pm.ref.kind !== 'igo');
    } else {
      // "Nigerian President", "South African deputy president": a demonym before the title
      for (const d of [1, 2]) {
        const g = b - d >= 0 ? gazAt(sc, b - d) : null;
        if (holder || !g || g[0] !== b || g[1].type !== 'country' || cover[b - d]) continue;
        holder = addMention(sc, { s: v.index, i: b - d, j: b, argStart: b - d, ref: { t: 'country', country: g[1].country, form: 'demonym' } });
        argStart = b - d;
      }
    }
    // "former", "deputy" before it all belong to the title phrase
    while (argStart > 0 && TITLE_MODS.has(keys[argStart - 1])) argStart--;
    if (holder && holder.i >= argStart) holder.modifier = true;
    for (const m of inner) m.modifier = true;
    const person = personAt(sc, p, nameEnd, argStart);
    if (cls === 'leader') edge = false;
    sc.links.push({ person, holder, edge, cls, s: v.index, ti: i, tj: tEnd });
    i = nameEnd - 1;
  }
}

const SAYS = /^(says|said|told|according)$/;
const AT = /^(at|of|from|with)$/;

/** Pass D2: "says Anna Petrova at the Institute for Peace …", a quoted speaker tied to an organisation. */
export function quotedExperts(sc: Scan): void {
  const { toks, keys, n, lex, cover, v } = sc;
  for (let i = 0; i + 1 < n; i++) {
    if (!SAYS.test(keys[i]) || cover[i + 1]) continue;
    const p = keys[i] === 'according' && keys[i + 1] === 'to' ? i + 2 : i + 1;
    const e = nameAt(toks, cover, p, lex);
    if (e - p < 2) continue;
    const k = keys[e + 1] === 'the' ? e + 2 : e + 1;
    const org = cover[k];
    if (!AT.test(keys[e] ?? '') || !org || (org.ref.t !== 'org' && org.ref.t !== 'entity')) continue;
    const person = personAt(sc, p, e);
    sc.links.push({ person, holder: org, edge: false, cls: 'expert', s: v.index, ti: e, tj: e + 1 });
  }
}
