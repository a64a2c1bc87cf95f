/**
 * Step 07 — in-document coreference and actor ids: surnames → the full name seen elsewhere
 * in the document, "he/him/his" → the last person, bare "the government"/"rebels" → the
 * conflict country's government/opposition, and a country that has "<X> government" in
 * the document → that government (news usage: "Syria and its supporters").
 */
import { lexicon, phraseKeys, slug, Trie } from './05-lexicon';
import type { DocMentions, Mention, SentenceView } from './06-mentions';
import type { ActorKind } from './schema';

/** An actor as one document knows it. */
export interface ActorDraft {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation: string | null;
}

export interface Resolved {
  actors: Map<string, ActorDraft>;
  /** Country whose government/opposition the document is about, if any. */
  conflictCountry: string | null;
}

const AGENT_KIND = { government: 'government', opposition: 'opposition', military: 'military' } as const;
const AGENT_LABEL = { government: 'government', opposition: 'opposition', military: 'armed forces' } as const;

function agentActor(country: string, cls: keyof typeof AGENT_KIND): ActorDraft {
  const c = lexicon().countries.get(country)!;
  const name = `${c.demonym} ${AGENT_LABEL[cls]}`;
  return { id: slug(name), name, kind: AGENT_KIND[cls], affiliation: null };
}

/** Adds surname mentions ("Hifter", "al-Sarraj") of persons named in full elsewhere in the document. */
export function addSurnames(dm: DocMentions): void {
  const lex = lexicon();
  const trie = new Trie<string>();
  let any = false;
  for (const v of dm.sentences)
    for (const m of v.mentions) {
      if (m.ref.t !== 'person') continue;
      const words = m.ref.name.split(/\s+/);
      for (let k = 1; k < words.length; k++) {
        const form = words.slice(k).join(' ');
        trie.add(form, m.ref.name);
        const bare = form.replace(/^(al|el|de|van|von|bin)-/i, '');
        if (bare !== form) trie.add(bare, m.ref.name);
        any = true;
      }
      const hy = /-(\p{Lu}[\p{L}'’]+)$/u.exec(m.ref.name);
      if (hy) trie.add(hy[1], m.ref.name);
    }
  if (!any) return;
  for (const v of dm.sentences) {
    const keys = v.keys;
    const covered = new Array(v.toks.length).fill(false);
    for (const m of v.mentions) for (let k = m.i; k < m.j; k++) covered[k] = true;
    for (let i = 0; i < v.toks.length; i++) {
      if (covered[i] || (!v.toks[i].upper && !lex.particles.has(keys[i]))) continue;
      const hit = trie.longest(
        keys,
        i,
        v.toks.length,
        (_n, end) => !covered.slice(i, end).some(Boolean) && v.toks[end - 1].upper,
      );
      // part of a longer unknown name ("George Assad") unless that word opens the sentence
      const prev = v.toks[i - 1];
      if (!hit || (prev?.upper && i - 1 > 0 && !covered[i - 1] && !lex.nonNames.has(prev.key))) continue;
      v.mentions.push({ s: v.index, i, j: hit[0], argStart: i, ref: { t: 'person', name: hit[1] } });
      i = hit[0] - 1;
    }
    v.mentions.sort((a, b) => a.i - b.i);
  }
}

/** Picks the conflict country: the most-mentioned country that has agents (government, rebels, army). */
function conflictCountryOf(sentences: SentenceView[]): string | null {
  const agentCountries = new Set<string>();
  const militaryCountries = new Set<string>();
  const counts = new Map<string, number>();
  const groupCountries = new Map<string, number>();
  for (const v of sentences)
    for (const m of v.mentions) {
      // an armed group's home country ("Houthis" → Yemen) is the fallback when no agent noun names one
      if (m.ref.t === 'entity' && m.ref.country && (m.ref.kind === 'armed_group' || m.ref.kind === 'opposition'))
        groupCountries.set(m.ref.country, (groupCountries.get(m.ref.country) ?? 0) + 1);
      const c = m.ref.t === 'country' ? m.ref.country : m.ref.t === 'agent' ? m.ref.country : null;
      if (!c) continue;
      counts.set(c, (counts.get(c) ?? 0) + 1);
      // troops abroad ("American troops") say less about where the conflict is than a government or rebels
      if (m.ref.t === 'agent') (m.ref.cls === 'military' ? militaryCountries : agentCountries).add(c);
    }
  let best: string | null = null;
  for (const c of agentCountries.size ? agentCountries : militaryCountries) if (!best || counts.get(c)! > counts.get(best)!) best = c;
  if (!best) for (const [c, k] of groupCountries) if (!best || k > groupCountries.get(best)!) best = c;
  return best;
}

/** Assigns an actor id to every mention and returns the document's actors. */
export function resolveActors(dm: DocMentions): Resolved {
  const lex = lexicon();
  addSurnames(dm);
  const actors = new Map<string, ActorDraft>();
  const put = (a: ActorDraft) => (actors.has(a.id) ? actors.get(a.id)! : (actors.set(a.id, a), a));
  const conflictCountry = conflictCountryOf(dm.sentences);
  // countries spoken of through their government ("Syrian government") are that government
  const govCountries = new Set<string>();
  const govCount = new Map<string, number>();
  for (const v of dm.sentences)
    for (const m of v.mentions)
      if (m.ref.t === 'agent' && m.ref.cls === 'government' && m.ref.country) {
        govCountries.add(m.ref.country);
        govCount.set(m.ref.country, (govCount.get(m.ref.country) ?? 0) + 1);
      }
  let dominantGov: string | null = null;
  for (const [c, n] of govCount) if (!dominantGov || n > govCount.get(dominantGov)!) dominantGov = c;
  dominantGov ??= conflictCountry;

  const stateActor = (country: string): ActorDraft => {
    const c = lex.countries.get(country)!;
    return { id: c.id, name: c.name, kind: 'state', affiliation: null };
  };
  let lastPerson: { id: string; s: number } | null = null;
  for (const v of dm.sentences) {
    for (const m of v.mentions) {
      const r = m.ref;
      let a: ActorDraft | null = null;
      if (r.t === 'entity') {
        a = put({ id: r.id, name: r.name, kind: r.kind, affiliation: r.affiliation ?? null });
        if (r.country && !a.affiliation && lex.countries.has(r.country))
          a.affiliation = put(stateActor(r.country)).id;
      } else if (r.t === 'country') {
        a =
          govCountries.has(r.country) && r.form !== 'demonym'
            ? put(agentActor(r.country, 'government'))
            : put(stateActor(r.country));
      } else if (r.t === 'agent') {
        const country = r.country ?? (r.cls === 'government' ? dominantGov : conflictCountry);
        if (country) a = put(agentActor(country, r.cls));
      } else if (r.t === 'person') {
        a = put({ id: slug(r.name), name: r.name, kind: 'person', affiliation: null });
        lastPerson = { id: a.id, s: v.index };
      } else if (r.t === 'org') {
        a = put({ id: slug(r.name), name: r.name, kind: r.kind, affiliation: null });
      } else if (r.t === 'pronoun') {
        m.actor = lastPerson && v.index - lastPerson.s <= 2 ? lastPerson.id : null;
        continue;
      }
      m.actor = a?.id ?? null;
    }
  }
  // a unit's parent: the government when the document has one, else the state
  for (const a of actors.values()) {
    if (a.kind !== 'military' || a.affiliation) continue;
    const gov = a.id.replace(/-armed-forces$/, '-government');
    const country = [...lex.countries.values()].find((c) => slug(`${c.demonym} armed forces`) === a.id);
    // a named force ("Forces for … Change") has no "-armed-forces" id: never its own parent
    a.affiliation = gov !== a.id && actors.has(gov) ? gov : country && actors.has(country.id) ? country.id : null;
  }
  for (const link of dm.links) {
    const p = actors.get(link.person.actor ?? '');
    const h = link.holder?.actor;
    if (p && h && h !== p.id && !p.affiliation) p.affiliation = h;
  }
  appositionKinds(dm, actors);
  mergeAdjacent(dm);
  return { actors, conflictCountry };
}

/** "The main rebel alliance …, the National Front": a named organisation in apposition to rebels is the opposition's. */
function appositionKinds(dm: DocMentions, actors: Map<string, ActorDraft>): void {
  for (const v of dm.sentences)
    for (const m of v.mentions) {
      if (m.ref.t !== 'org' || !m.actor) continue;
      const k = v.toks[m.i - 1]?.key === 'the' ? m.i - 2 : m.i - 1;
      if (v.toks[k]?.key !== ',') continue;
      const opp = v.mentions.find(
        (x) => x.j <= k && x.ref.t === 'agent' && x.ref.cls === 'opposition' && x.actor,
      );
      const a = actors.get(m.actor)!;
      if (opp && a.kind === 'organization') {
        a.kind = 'opposition';
        a.affiliation = opp.actor!;
      }
    }
}

/** "U.S." + "State Department" side by side are one mention of one actor. */
function mergeAdjacent(dm: DocMentions): void {
  for (const v of dm.sentences) {
    const out: Mention[] = [];
    for (const m of v.mentions) {
      const p = out[out.length - 1];
      if (
        p &&
        p.actor &&
        p.actor === m.actor &&
        p.j === m.i &&
        p.ref.t === 'country' &&
        m.ref.t === 'country' &&
        !p.modifier
      ) {
        p.j = m.j;
        continue;
      }
      out.push(m);
    }
    v.mentions = out;
  }
}

/** Lower-cased keys of a phrase (re-exported for tests). */
export const keysOf = phraseKeys;
