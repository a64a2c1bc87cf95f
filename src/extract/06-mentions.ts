/**
 * Step 06 — mention detection: every span of a sentence that names an actor or an event,
 * found by lexicon lookups on tokens (known entities, countries and their seats of power,
 * country + agent noun, organisation name patterns, title + name, events, pronouns).
 * Ids are assigned later (07 coreference, 08 events); here a mention only says what it is.
 */
import lexiconData from './data/lexicon.json';
import { lexicon, tokKey, Trie, type AgentClass, type GazEntry, type TitleClass } from './05-lexicon';
import type { ActorKind } from './schema';
import type { PreparedDocument } from './types';

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

const UPPER = /^\p{Lu}/u;
const bareAgents = new Trie<Exclude<AgentClass, 'delegation'>>();
for (const cls of ['government', 'opposition', 'military'] as const)
  for (const f of lexiconData.bareAgents[cls]) bareAgents.add(f, cls);
const DELEGATION = new Set(lexiconData.agentNouns.delegation);
const COMPLEMENT = new Set(['on', 'to', 'for', 'in']);
const ORG_TAIL = new Set(['on', 'for', 'of']);
const GENERIC_ORG_WORDS = new Set([
  'foreign',
  'defense',
  'defence',
  'interior',
  'health',
  'justice',
  'finance',
  'information',
  'ministry',
  'office',
  'department',
  'presidential',
  'council',
  'committee',
  'army',
  'forces',
  'national',
  'security',
  'general',
  'military',
  'press',
  'media',
  'the',
  'of',
  'state',
  'central',
  'command',
  'armed',
  'special',
  'high',
  'supreme',
]);
const TITLE_MODS = new Set(['deputy', 'chief', 'senior', 'top', 'former', 'acting', 'special', 'political', 'military', 'spiritual', 'supreme', 'new', 'interim', 'main', 'lead', 'veteran', 'exiled']);
const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);

/** Builds the per-sentence token views from the text layer's tokens. */
export function sentenceViews(doc: PreparedDocument): SentenceView[] {
  const views: SentenceView[] = doc.sentences.map((s, index) => ({
    index,
    id: s.id,
    start: s.start,
    end: s.end,
    toks: [],
    keys: [],
    mentions: [],
  }));
  for (const t of doc.tokens) {
    const v = views[t.sentence];
    if (!v || t.start < v.start || t.end > v.end) continue;
    const key = tokKey(t.text);
    v.toks.push({ text: t.text, key, start: t.start, end: t.end, pos: t.pos, upper: UPPER.test(t.text) });
    v.keys.push(key);
  }
  return views;
}

function capsOk(toks: Tok[], i: number, end: number, e: GazEntry): boolean {
  if (e.caps === 'none') return true;
  if (e.caps === 'first') return toks[i].upper;
  for (let k = i; k < end; k++) if (/\p{Ll}/u.test(toks[k].text)) return false;
  return true;
}

const isName = (t: Tok | undefined) =>
  !!t &&
  t.upper &&
  !lexicon().nonNames.has(t.key) &&
  /\p{L}/u.test(t.text) &&
  !(t.text.length > 1 && t.text === t.text.toUpperCase());

/** Previous token index skipping "the". */
function prevIdx(toks: Tok[], i: number): number {
  let k = i - 1;
  if (toks[k]?.key === 'the') k--;
  return k;
}

/** Detects all mentions of one document. */
export function detectMentions(doc: PreparedDocument): DocMentions {
  const lex = lexicon();
  const sentences = sentenceViews(doc);
  const links: TitleLink[] = [];
  const venues: Venue[] = [];
  for (const v of sentences) detectSentence(v, lex, links, venues);
  return { sentences, links, venues };
}

function detectSentence(
  v: SentenceView,
  lex: ReturnType<typeof lexicon>,
  links: TitleLink[],
  venues: Venue[],
): void {
  const toks = v.toks;
  const keys = v.keys;
  const n = toks.length;
  const cover: Array<Mention | null> = new Array(n).fill(null);
  const out: Mention[] = [];
  const add = (m: Mention) => {
    out.push(m);
    for (let k = m.i; k < m.j; k++) cover[k] = m;
    return m;
  };
  // "Moscow understands", "Moscow's", "Washington and Moscow agreed": a capital acting, not a place
  const agentUse = (end: number): boolean => {
    const t = toks[end];
    if (!t) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.key === "'s") return true;
    if (t.key !== 'and' && t.key !== 'or') return false;
    const g = gazAt(end + 1);
    return !!g && g[1].type === 'country' && g[1].form !== 'demonym' && agentUse(g[0]);
  };
  const gazAt = (i: number) =>
    toks[i] ? lex.gazetteer.longest(keys, i, n, (e, end) => capsOk(toks, i, end, e)) : null;

  // a title-case headline capitalises every word: no name patterns there, only known names
  let words = 0;
  let capital = 0;
  let capitalVerbs = 0;
  for (let k = 0; k < n; k++) {
    const t = toks[k];
    if (!/^\p{L}/u.test(t.text)) continue;
    words++;
    if (t.upper) capital++;
    if (t.upper && k > 0 && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP')) capitalVerbs++;
  }
  const headline = words >= 4 && capital / words > 0.6 && capitalVerbs > 0;

  // A — known entities, countries, seats of power, organisation names
  for (let i = 0; i < n; i++) {
    if (cover[i]) continue;
    if (!toks[i].upper) {
      const g0 = lex.gazetteer.longest(keys, i, n, (e, end) => capsOk(toks, i, end, e));
      if (!g0) continue;
    }
    const org = toks[i].upper && !headline ? orgAt(toks, keys, i, lex, gazAt) : null;
    const g = gazAt(i);
    if (org && (!g || g[0] < org.end)) {
      add({ s: v.index, i, j: org.end, argStart: i, ref: { t: 'org', name: org.name, kind: org.kind } });
      i = org.end - 1;
      continue;
    }
    if (!g) continue;
    const [end, e] = g;
    const all = lex.gazetteer
      .matches(keys, i, n, (x, en) => en === end && capsOk(toks, i, en, x))
      .map((x) => x[1]);
    const entry =
      all.find((x) => x.type === 'entity') ?? all.find((x) => x.type === 'country' && x.form === 'name') ?? e;
    const prev = toks[prevIdx(toks, i)];
    // "sanctions on Moscow", "pressure against Tehran": the seat of power is the target, not a place
    const targeted =
      !!prev && /^(on|against)$/.test(prev.key) && /^(sanctions|pressure|embargo|war|strikes|attacks)$/.test(keys[prevIdx(toks, i) - 1] ?? '');
    const locative = !!prev && lex.locatives.has(prev.key) && !targeted;
    // "KABUL (AP) —", "ISTANBUL (Reuters) -": the dateline credit, not a source in the story
    if (
      entry.type === 'entity' &&
      entry.kind === 'media' &&
      keys[i - 1] === '(' &&
      keys[end] === ')' &&
      v.index < 3 &&
      i < 6
    ) {
      i = end;
      continue;
    }
    if (entry.type === 'entity') {
      let j = end;
      const media = entry.kind === 'media' ? lex.mediaHeads.longest(keys, j, n) : null;
      if (media) j = media[0];
      add({
        s: v.index,
        i,
        j,
        argStart: i,
        ref: {
          t: 'entity',
          id: entry.id,
          name: entry.name,
          kind: entry.kind,
          affiliation: entry.affiliation,
          country: entry.country,
        },
      });
    } else if (entry.form === 'capital') {
      const dateline =
        i === 0 &&
        toks[i].text === toks[i].text.toUpperCase() &&
        n > 1 &&
        !/\p{L}/u.test(toks[end]?.text ?? '');
      if (locative || dateline)
        venues.push({
          name: titleCase(
            toks
              .slice(i, end)
              .map((t) => t.text)
              .join(' '),
          ),
          s: v.index,
          i,
          j: end,
          weight: dateline ? 3 : 1,
          prep: dateline ? null : prev.key,
        });
      else if (targeted || agentUse(end) || (prev && /^(and|or)$/.test(prev.key) && cover[prevIdx(toks, i) - 1]))
        add({
          s: v.index,
          i,
          j: end,
          argStart: i,
          ref: { t: 'country', country: entry.country, form: 'capital' },
        });
    } else if (entry.form === 'demonym') {
      // a demonym names an actor only with an agent noun (B) or as "X-led"/"X-backed"
      if (
        toks[end]?.text === '-' &&
        toks[end + 1] &&
        /^(led|backed|supported|sponsored|funded|armed|brokered)$/.test(toks[end + 1].key)
      )
        add({
          s: v.index,
          i,
          j: end,
          argStart: i,
          ref: { t: 'country', country: entry.country, form: 'demonym' },
        });
    } else
      add({
        s: v.index,
        i,
        j: end,
        argStart: i,
        ref: { t: 'country', country: entry.country, form: entry.form },
      });
    i = end - 1;
  }

  // B — country/demonym + agent noun ("Syrian government", "Syria's government delegation", "Yemeni rebels")
  for (let i = 0; i < n; i++) {
    const cm = cover[i];
    let country: string | null = null;
    let end = i;
    if (cm && cm.i === i && cm.ref.t === 'country') {
      country = cm.ref.country;
      end = cm.j;
    } else if (!cm && toks[i].upper) {
      const g = gazAt(i);
      const d =
        g &&
        lex.gazetteer.matches(keys, i, n, (x, en) => en === g[0] && x.type === 'country').map((x) => x[1])[0];
      if (d && d.type === 'country') {
        country = d.country;
        end = g![0];
      }
    }
    if (!country) continue;
    let k = keys[end] === "'s" ? end + 1 : end;
    // "Russian and Ukrainian negotiators": the first demonym shares the second one's agent noun
    let shared = false;
    if ((keys[k] === 'and' || keys[k] === 'or') && !cover[k + 1]) {
      const g2 = gazAt(k + 1);
      if (
        g2 &&
        lex.gazetteer.matches(
          keys,
          k + 1,
          n,
          (x, en) => en === g2[0] && x.type === 'country' && x.form === 'demonym',
        ).length &&
        lex.agents.longest(keys, g2[0], n)
      ) {
        k = g2[0];
        shared = true;
      }
    }
    const a = !cover[k] ? lex.agents.longest(keys, k, n) : null;
    if (!a) continue;
    // "military intervention", "government spending": an agent word used as an adjective
    if (a[0] - k === 1 && keys[k] === 'military' && (toks[a[0]]?.pos === 'NOUN' || toks[a[0]]?.pos === 'ADJ'))
      continue;
    let j = a[0];
    const delegates = a[1] === 'delegation' || DELEGATION.has(keys[j]);
    if (shared) {
      const ref: Ref =
        a[1] === 'delegation' ? { t: 'country', country, form: 'name' } : { t: 'agent', country, cls: a[1] };
      if (cm) out.splice(out.indexOf(cm), 1);
      add({ s: v.index, i, j: end, argStart: i, ref, delegates });
      continue;
    }
    if (a[1] !== 'delegation' && DELEGATION.has(keys[j])) j++;
    if (cm) out.splice(out.indexOf(cm), 1);
    const ref: Ref =
      a[1] === 'delegation' ? { t: 'country', country, form: 'name' } : { t: 'agent', country, cls: a[1] };
    add({ s: v.index, i, j, argStart: i, ref, delegates });
    // "Syrian opposition and government delegates": a coordinated bare agent noun shares the country
    if (ref.t === 'agent' && (keys[j] === 'and' || keys[j] === 'or') && !cover[j + 1]) {
      const b = lex.agents.longest(keys, j + 1, n);
      if (b && b[1] !== 'delegation') {
        const jj = DELEGATION.has(keys[b[0]]) ? b[0] + 1 : b[0];
        add({
          s: v.index,
          i: j + 1,
          j: jj,
          argStart: j + 1,
          ref: { t: 'agent', country, cls: b[1] },
          delegates: jj > b[0],
        });
        if (jj > b[0]) out[out.length - 2].delegates = true;
      }
    }
    i = j - 1;
  }

  // C — events ("peace talks", "cease-fire", "Geneva talks", "talks in Geneva")
  for (let i = 0; i < n; i++) {
    if (cover[i]) continue;
    const e = lex.events.longest(keys, i, n);
    if (!e) continue;
    let [j] = e;
    let start = i;
    let venue: string | undefined;
    const before = toks[i - 1];
    if (isName(before) && !cover[i - 1] && i - 1 > 0 && isPlace(keys, i - 1)) {
      venue = before.text;
      start = i - 1;
    } else if (keys[j] === 'in' && isName(toks[j + 1]) && !cover[j + 1] && isPlace(keys, j + 1)) {
      venue = toks[j + 1].text;
      j += 2;
    }
    add({
      s: v.index,
      i: start,
      j,
      argStart: start,
      ref: { t: 'event', cls: e[1], venue: venue && titleCase(venue) },
    });
    i = j - 1;
  }

  function isPlace(ks: string[], k: number): boolean {
    const g = lex.gazetteer.longest(ks, k, k + 1);
    return !g || (g[1].type === 'country' && g[1].form === 'capital');
  }

  // D — titles and names ("U.N. Special Envoy for Yemen, Martin Griffiths", "its Ambassador to Turkey Jane Doe")
  for (let i = 0; i < n; i++) {
    if (cover[i]) continue;
    const t = headline ? null : lex.titles.longest(keys, i, n);
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
      holder =
        out
          .filter((m) => m.j <= b - 1 && !m.modifier && m.ref.t !== 'person' && m.ref.t !== 'event')
          .sort((a, b) => b.i - a.i)[0] ?? null;
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
        const g = b - d >= 0 ? gazAt(b - d) : null;
        if (holder || !g || g[0] !== b || g[1].type !== 'country' || cover[b - d]) continue;
        holder = add({ s: v.index, i: b - d, j: b, argStart: b - d, ref: { t: 'country', country: g[1].country, form: 'demonym' } });
        argStart = b - d;
      }
    }
    // "former", "deputy" before it all belong to the title phrase
    while (argStart > 0 && TITLE_MODS.has(keys[argStart - 1])) argStart--;
    if (holder && holder.i >= argStart) holder.modifier = true;
    for (const m of inner) m.modifier = true;
    const name = toks.slice(p, nameEnd);
    const person = add({
      s: v.index,
      i: p,
      j: nameEnd,
      argStart,
      ref: { t: 'person', name: nameText(name) },
    });
    if (cls === 'leader') edge = false;
    links.push({ person, holder, edge, cls, s: v.index, ti: i, tj: tEnd });
    i = nameEnd - 1;
  }

  // D2 — "says Anna Petrova at the Institute for Peace …": a quoted speaker tied to an organisation
  for (let i = 0; i + 1 < n; i++) {
    if (!/^(says|said|told|according)$/.test(keys[i]) || cover[i + 1]) continue;
    const p = keys[i] === 'according' && keys[i + 1] === 'to' ? i + 2 : i + 1;
    const e = nameAt(toks, cover, p, lex);
    if (e - p < 2) continue;
    const at = keys[e];
    const k = keys[e + 1] === 'the' ? e + 2 : e + 1;
    const org = cover[k];
    if (!/^(at|of|from|with)$/.test(at ?? '') || !org || (org.ref.t !== 'org' && org.ref.t !== 'entity'))
      continue;
    const person = add({
      s: v.index,
      i: p,
      j: e,
      argStart: p,
      ref: { t: 'person', name: nameText(toks.slice(p, e)) },
    });
    links.push({ person, holder: org, edge: false, cls: 'expert', s: v.index, ti: e, tj: e + 1 });
  }

  // D3 — "Khalifa Haftar, the commander of the Libyan National Army,": a name with a title in apposition
  for (let i = 2; i < n; i++) {
    if (cover[i]) continue;
    const t = headline ? null : lex.titles.longest(keys, i, n);
    if (!t || nameAt(toks, cover, t[0], lex) > t[0]) continue;
    let q = i - 1;
    if (keys[q] === "'s" && cover[q - 1]) q--;
    const prefix = cover[q] && cover[q]!.ref.t !== 'person' ? cover[q] : null;
    if (prefix) q = prefix.i - 1;
    if (keys[q] === 'the' || keys[q] === 'a' || keys[q] === 'an') q--;
    if (keys[q] !== ',') continue;
    // the name was already found with a title of its own ("President Olusegun Obasanjo, the AU's special envoy")
    const known = cover[q - 1]?.ref.t === 'person' ? cover[q - 1]! : null;
    if (known) {
      let holder: Mention | null = prefix;
      if (!holder && /^(of|at|with|for)$/.test(keys[t[0]] ?? '')) holder = cover[keys[t[0] + 1] === 'the' ? t[0] + 2 : t[0] + 1];
      if (holder) {
        holder.modifier = true;
        links.push({ person: known, holder, edge: t[1] !== 'leader', cls: t[1], s: v.index, ti: i, tj: t[0] });
      }
      i = t[0] - 1;
      continue;
    }
    let p = q;
    while (
      p > 0 &&
      q - p < 5 &&
      !cover[p - 1] &&
      (isName(toks[p - 1]) || lex.particles.has(keys[p - 1]) || toks[p - 1].text === '-')
    )
      p--;
    while (p < q && !isName(toks[p])) p++;
    if (q - p < 2 || nameAt(toks, cover, p, lex) !== q) continue;
    let holder: Mention | null = prefix;
    if (!holder && /^(of|at|with|for)$/.test(keys[t[0]] ?? ''))
      holder = cover[keys[t[0] + 1] === 'the' ? t[0] + 2 : t[0] + 1];
    if (holder) holder.modifier = true;
    const person = add({
      s: v.index,
      i: p,
      j: q,
      argStart: p,
      ref: { t: 'person', name: nameText(toks.slice(p, q)) },
    });
    links.push({
      person,
      holder,
      edge: !!holder && t[1] !== 'leader',
      cls: t[1],
      s: v.index,
      ti: i,
      tj: t[0],
    });
    i = t[0] - 1;
  }

  // D4 — "commanded by Mohamed Hamdan Dagalo": the leader named by a passive
  for (let i = 1; i + 2 < n; i++) {
    if (keys[i] !== 'by' || !/^(led|headed|commanded|chaired)$/.test(keys[i - 1]) || cover[i + 1]) continue;
    // "led by Prime Minister X": the title is not part of the name (D tied it already)
    if (lex.titles.longest(keys, i + 1, n)) continue;
    const e = nameAt(toks, cover, i + 1, lex);
    if (e - (i + 1) >= 2)
      add({
        s: v.index,
        i: i + 1,
        j: e,
        argStart: i + 1,
        ref: { t: 'person', name: nameText(toks.slice(i + 1, e)) },
      });
  }

  // E — bare agent nouns and personal pronouns
  for (let i = 0; i < n; i++) {
    if (cover[i]) continue;
    if (PRONOUNS.has(keys[i])) {
      add({ s: v.index, i, j: i + 1, argStart: i, ref: { t: 'pronoun', which: 'person' } });
      continue;
    }
    const a = bareAgents.longest(keys, i, n);
    if (!a) continue;
    // "the army", "the military" name the conflict country's forces; "military activity" is an adjective
    if (a[1] === 'military' && (keys[i - 1] !== 'the' || /^(NOUN|ADJ|PROPN)$/.test(toks[a[0]]?.pos ?? ''))) continue;
    const delegates = DELEGATION.has(keys[a[0]]);
    add({ s: v.index, i, j: a[0], argStart: i, ref: { t: 'agent', country: null, cls: a[1] }, delegates });
    i = a[0] - 1;
  }
  out.sort((a, b) => a.i - b.i);
  // "Russia's Wagner Group": the possessor qualifies the next actor
  for (let k = 0; k + 1 < out.length; k++)
    if (keys[out[k].j] === "'s" && out[k + 1].i === out[k].j + 1) out[k].modifier = true;
  v.mentions = out;
}

/** End of a personal name starting at p (capitalised words, particles, hyphen joins), or p. */
export function nameAt(
  toks: Tok[],
  cover: Array<Mention | null>,
  p: number,
  lex: ReturnType<typeof lexicon>,
): number {
  let q = p;
  while (q < toks.length && q - p < 6 && !cover[q]) {
    const t = toks[q];
    if (isName(t) && !lex.gazetteer.longest([t.key], 0, 1)) q++;
    else if (q > p && t.text === '-' && toks[q - 1].end === t.start && isName(toks[q + 1])) q++;
    else if (lex.particles.has(t.key) && !t.upper && (toks[q + 1]?.text === '-' || isName(toks[q + 1]))) q++;
    else break;
  }
  while (q > p && (lex.particles.has(toks[q - 1].key) || toks[q - 1].text === '-')) q--;
  return q;
}

function nameText(toks: Tok[]): string {
  let s = '';
  for (let k = 0; k < toks.length; k++)
    s += (k > 0 && toks[k].start > toks[k - 1].end ? ' ' : '') + toks[k].text.replace(/[\u2019\u2018]/g, "'");
  return s;
}

function titleCase(s: string): string {
  return s.replace(/\p{L}+/gu, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
}

const COMPASS = /^(west|east|north|south|western|eastern|northern|southern)$/;
// "the World Bank on Monday": a weekday or month after "on"/"in" is a date, not the name's tail
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** A capitalised name ending in an organisation head noun ("Moscow Carnegie Center", "Research Center on Central Asia"). */
function orgAt(
  toks: Tok[],
  keys: string[],
  i: number,
  lex: ReturnType<typeof lexicon>,
  gazAt: (i: number) => [number, GazEntry] | null,
) {
  if (!isName(toks[i]) && !(toks[i]?.upper && /^[A-Z]/.test(toks[i].text) && toks[i].text.length > 1))
    return null;
  if (lex.nonNames.has(keys[i])) return null;
  let j = i;
  let head = -1;
  while (j < toks.length) {
    const t = toks[j];
    if (t.upper && /\p{L}/u.test(t.text)) {
      if (lex.orgHeads.has(keys[j])) head = j;
      j++;
    } else if (t.text === '-' && toks[j + 1]?.upper) j++;
    // "Forces for Freedom and Change": a capitalised conjunct inside the name's tail
    else if (head >= 0 && j > head + 1 && ORG_TAIL.has(keys[head + 1]) && keys[j] === 'and' && isName(toks[j + 1]) && !gazAt(j + 1)) j++;
    else if (
      head >= 0 &&
      head === j - 1 &&
      ORG_TAIL.has(keys[j]) &&
      toks[j + (keys[j + 1] === 'the' ? 2 : 1)]?.upper &&
      !CALENDAR.test(keys[j + 1]) &&
      // "the Minsk Group of the Organization for Security …": a known organisation is its own name
      !gazAt(j + (keys[j + 1] === 'the' ? 2 : 1))
    )
      j += keys[j + 1] === 'the' ? 2 : 1;
    else break;
  }
  if (head < 0) return null;
  // trailing capitalised words after the head belong to it only through a tail ("on Central Asia")
  let end = j;
  if (end > head + 1 && !ORG_TAIL.has(keys[head + 1])) end = head + 1;
  if (end - i < 2) return null;
  // "West Bank", "East Bank": a compass word + one head noun names a region, and places are not actors
  if ((head === i + 1 && COMPASS.test(keys[i])) || (head === i && COMPASS.test(keys[i - 1] ?? ''))) return null;
  // covered entirely by known names ("U.S. State Department", "Syrian Army") → not a new organisation
  let k = i;
  while (k < end) {
    const g = gazAt(k);
    if (!g) break;
    k = g[0];
  }
  if (k >= end) return null;
  // "Sudanese Armed Forces": a country + agent noun is step B's, not a new organisation
  if (i < k && lex.agents.longest(keys, k, end)?.[0] === end) return null;
  // "Foreign Ministry", "Defence Ministry": generic names belong to whoever owns them, not a new actor
  let generic = true;
  for (let x = i; x < end && generic; x++) generic = GENERIC_ORG_WORDS.has(keys[x]);
  if (generic) return null;
  const name = toks
    .slice(i, end)
    .map((t, x, arr) => (x > 0 && t.start > arr[x - 1].end ? ' ' : '') + t.text)
    .join('');
  return { end, name, kind: lex.orgHeads.get(keys[head])! };
}
