/**
 * Step 05 — the lexicon: world knowledge (data/*.json) compiled once into token tries, so
 * every later step looks words up in Maps keyed by a normalised lower-case token instead
 * of running regular expressions over big alternations.
 */
import countriesData from './data/countries.json';
import entitiesData from './data/entities.json';
import lexiconData from './data/lexicon.json';
import verbsData from './data/verbs.json';
import type { ActorKind, Family } from './schema';

/** Normalised lookup key of a token: lower case, curly quotes straightened, dots dropped ("U.N." → "un"). */
export function tokKey(text: string): string {
  const lower = text.toLowerCase();
  // fast path: most tokens have neither dots nor curly quotes
  if (!/[.\u2019\u2018`\u02bc]/.test(lower)) return lower;
  const k = lower.replace(/[\u2019\u2018`\u02bc]/g, "'");
  const noDots = k.replace(/\./g, '');
  return noDots || k;
}

/** Splits a lexicon phrase into keys the way the tokenizer splits text (hyphens and 's apart). */
export function phraseKeys(phrase: string): string[] {
  const out: string[] = [];
  for (const word of phrase.trim().split(/\s+/)) {
    const parts = word.split(/(-)/).filter(Boolean);
    for (const p of parts) {
      const m = /^(.+?)(['\u2019]s)$/i.exec(p);
      if (m) out.push(tokKey(m[1]), "'s");
      else out.push(tokKey(p));
    }
  }
  return out;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values?: T[];
}

/** A token trie: longest match of a phrase starting at a token index. */
export class Trie<T> {
  private root: TrieNode<T> = { next: new Map() };

  add(phrase: string, value: T): void {
    let n = this.root;
    for (const k of phraseKeys(phrase)) {
      let c = n.next.get(k);
      if (!c) n.next.set(k, (c = { next: new Map() }));
      n = c;
    }
    (n.values ??= []).push(value);
  }

  /** Every match starting at `i` (longest first), as [endExclusive, values]. `accept` filters values. */
  matches(
    keys: readonly string[],
    i: number,
    limit: number,
    accept?: (v: T, end: number) => boolean,
  ): Array<[number, T]> {
    const out: Array<[number, T]> = [];
    let n: TrieNode<T> | undefined = this.root;
    for (let j = i; j < limit && n; j++) {
      n = n.next.get(keys[j]);
      if (n?.values) for (const v of n.values) if (!accept || accept(v, j + 1)) out.push([j + 1, v]);
    }
    return out.reverse();
  }

  /** The longest match starting at `i`, or null (allocation-free: it runs on every token). */
  longest(
    keys: readonly string[],
    i: number,
    limit: number,
    accept?: (v: T, end: number) => boolean,
  ): [number, T] | null {
    let n: TrieNode<T> | undefined = this.root;
    let bestEnd = -1;
    let best: T | undefined;
    for (let j = i; j < limit && n; j++) {
      n = n.next.get(keys[j]);
      const vals = n?.values;
      if (!vals) continue;
      for (const v of vals)
        if (!accept || accept(v, j + 1)) {
          bestEnd = j + 1;
          best = v;
          break;
        }
    }
    return bestEnd < 0 ? null : [bestEnd, best as T];
  }
}

export interface CountryInfo {
  id: string;
  name: string;
  demonym: string;
  capital: string | null;
}

/** A gazetteer hit: a known entity, or a country by name/demonym/capital/seat of power. */
export type GazEntry =
  | {
      type: 'entity';
      id: string;
      name: string;
      kind: ActorKind;
      affiliation?: string;
      country?: string;
      caps: 'first' | 'all' | 'none';
    }
  | {
      type: 'country';
      country: string;
      form: 'name' | 'demonym' | 'capital' | 'metonym';
      caps: 'first' | 'all' | 'none';
    };

export type AgentClass = 'government' | 'military' | 'opposition' | 'delegation';
export type TitleClass = 'leader' | 'official' | 'expert';

export interface VerbEntry {
  family: Family;
  type: string;
  prep?: string;
  prepOptional?: string;
  implicitEvent?: boolean;
  eventObject?: boolean;
  mediaSubject?: boolean;
  delegates?: boolean;
  oust?: boolean;
  nominal?: boolean;
  passiveOnly?: boolean;
  strictVerb?: boolean;
}

/** Which case a surface form needs in text: all-caps acronyms must stay all-caps ("US" ≠ "us"). */
function capsOf(form: string): 'first' | 'all' | 'none' {
  const letters = form.replace(/[^A-Za-z]/g, '');
  if (letters.length <= 5 && letters === letters.toUpperCase()) return 'all';
  return /^\p{Lu}/u.test(form) ? 'first' : 'none';
}

function build() {
  const gazetteer = new Trie<GazEntry>();
  const countries = new Map<string, CountryInfo>();
  for (const c of countriesData as Array<{
    id: string;
    name: string;
    aliases: string[];
    demonyms: string[];
    capitals: string[];
    metonyms: string[];
  }>) {
    countries.set(c.id, { id: c.id, name: c.name, demonym: c.demonyms[0] ?? c.name, capital: c.capitals[0] ?? null });
    for (const f of [c.name, ...c.aliases])
      gazetteer.add(f, { type: 'country', country: c.id, form: 'name', caps: capsOf(f) });
    for (const f of c.demonyms)
      gazetteer.add(f, { type: 'country', country: c.id, form: 'demonym', caps: capsOf(f) });
    for (const f of c.capitals)
      gazetteer.add(f, { type: 'country', country: c.id, form: 'capital', caps: capsOf(f) });
    for (const f of c.metonyms)
      gazetteer.add(f, { type: 'country', country: c.id, form: 'metonym', caps: capsOf(f) });
  }
  const entities = new Map<
    string,
    { id: string; name: string; kind: ActorKind; affiliation?: string; country?: string }
  >();
  for (const e of entitiesData.entities as Array<{
    id: string;
    name: string;
    kind: ActorKind;
    aliases: string[];
    affiliation?: string;
    country?: string;
  }>) {
    entities.set(e.id, e);
    for (const f of new Set([e.name, ...e.aliases]))
      gazetteer.add(f, {
        type: 'entity',
        id: e.id,
        name: e.name,
        kind: e.kind,
        affiliation: e.affiliation,
        country: e.country,
        caps: capsOf(f),
      });
  }
  const titles = new Trie<TitleClass>();
  for (const cls of ['leader', 'official', 'expert'] as const)
    for (const t of lexiconData.titles[cls]) titles.add(t, cls);
  const agents = new Trie<AgentClass>();
  for (const cls of ['government', 'military', 'opposition', 'delegation'] as const)
    for (const t of lexiconData.agentNouns[cls]) agents.add(t, cls);
  const events = new Trie<string>();
  for (const [cls, forms] of Object.entries(lexiconData.events))
    if (Array.isArray(forms)) for (const f of forms) events.add(f, cls);
  const mediaHeads = new Trie<true>();
  for (const f of lexiconData.mediaHeads) mediaHeads.add(f, true);
  const verbs = new Trie<VerbEntry>();
  for (const v of verbsData.verbs as Array<VerbEntry & { forms: string[] }>) {
    const { forms, ...entry } = v;
    for (const f of forms) verbs.add(f, entry);
  }
  const orgHeads = new Map<string, ActorKind>();
  for (const [k, v] of Object.entries(lexiconData.orgHeads))
    if (k !== '_comment') orgHeads.set(k, v as ActorKind);
  return {
    gazetteer,
    countries,
    entities,
    titles,
    agents,
    events,
    eventLabels: lexiconData.eventLabels as Record<string, string>,
    mediaHeads,
    verbs,
    orgHeads,
    locatives: new Set(lexiconData.locatives),
    particles: new Set(lexiconData.properParticles),
    nonNames: new Set(lexiconData.nonNames),
  };
}

export type Lexicon = ReturnType<typeof build>;
let cached: Lexicon | null = null;

/** The compiled lexicon, built once per process / worker. */
export function lexicon(): Lexicon {
  return (cached ??= build());
}

/** URL-safe slug used for actor ids ("Fayez al-Sarraj" → "fayez-al-sarraj"). */
const slugCache = new Map<string, string>();
export function slug(s: string): string {
  let out = slugCache.get(s);
  if (out === undefined) {
    out = slugOf(s);
    if (slugCache.size < 50000) slugCache.set(s, out);
  }
  return out;
}

function slugOf(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
