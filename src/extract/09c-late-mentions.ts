/**
 * Step 09c (first part) — mentions that need the whole document's actors and events, added
 * before any relation rule runs: a named group's short name ("the Polisario" after "the Polisario
 * Front"), "the (regional) bloc" as the latest IGO, a capital that is a verb's object ("accused
 * Addis Ababa of …") and "the deal" in a ceasefire story.
 */
import { lexicon } from './05-lexicon';
import type { DocMentions, Mention, SentenceView } from './06-mentions';
import type { ActorDraft } from './07-coreference';
import lexiconData from './data/lexicon.json';

/** Adds every late mention of the document (mutates the sentence views). */
export function lateMentions(dm: DocMentions, actors: Map<string, ActorDraft>): void {
  shortOrgNames(dm, actors);
  capitalObjects(dm, actors);
  dealMentions(dm);
  blocMentions(dm, actors);
}

const ORG_HEADS = new Set(Object.keys(lexiconData.orgHeads).filter((k) => k !== '_comment'));
/** Capitalised words that start many names and mean nothing alone ("National", "Islamic"). */
const GENERIC_PREFIX = /^(national|islamic|democratic|popular|people's|peoples|revolutionary|united|free|new|arab|liberation|patriotic|republican|socialist|federal|central|supreme|general|joint|special|rapid|the)$/i;

/** Adds a mention to a sentence, kept in text order. */
function addMention(v: SentenceView, m: Mention): void {
  v.mentions.push(m);
  v.mentions.sort((a, b) => a.i - b.i);
}

/**
 * "the Polisario Front … the Algeria-backed Polisario": a named group's name without its head noun
 * ("Front", "Group", "Army") is the same group when it stands alone later in the document.
 */
function shortOrgNames(dm: DocMentions, actors: Map<string, ActorDraft>): void {
  const short = new Map<string, { id: string; words: string[] }>();
  for (const v of dm.sentences)
    for (const m of v.mentions) {
      if (!m.actor || (m.ref.t !== 'org' && m.ref.t !== 'entity')) continue;
      const words = v.toks.slice(m.i, m.j).map((t) => t.text);
      const head = words[words.length - 1]?.toLowerCase() ?? '';
      if (words.length < 2 || !ORG_HEADS.has(head)) continue;
      const prefix = words.slice(0, -1);
      if (prefix.length === 1 && (GENERIC_PREFIX.test(prefix[0]) || prefix[0].length < 4)) continue;
      if (!prefix.every((w) => /^\p{Lu}/u.test(w))) continue;
      // a country or demonym alone ("Syrian" of "Syrian Army") is not the group
      const g = lexicon().gazetteer.longest(prefix.map((w) => w.toLowerCase()), 0, prefix.length);
      if (g && g[0] === prefix.length) continue;
      short.set(prefix.join(' '), { id: m.actor, words: prefix });
    }
  if (!short.size) return;
  for (const v of dm.sentences) {
    const covered = (k: number) => v.mentions.some((m) => m.i <= k && k < m.j);
    for (const { id, words } of short.values()) {
      if (!actors.has(id)) continue;
      for (let i = 0; i + words.length <= v.toks.length; i++) {
        if (v.toks[i].text !== words[0] || !words.every((w, x) => v.toks[i + x].text === w && !covered(i + x))) continue;
        const next = v.toks[i + words.length];
        if (next?.upper && /\p{L}/u.test(next.text)) continue;
        const a = actors.get(id)!;
        addMention(v, { s: v.index, i, j: i + words.length, argStart: i, ref: { t: 'org', name: a.name, kind: a.kind }, actor: id });
      }
    }
  }
}

/** "the bloc", "the regional bloc" is the latest intergovernmental organisation named before it. */
function blocMentions(dm: DocMentions, actors: Map<string, ActorDraft>): void {
  let last: string | null = null;
  for (const v of dm.sentences) {
    const { keys } = v;
    for (let i = 0; i < keys.length; i++) {
      const m = v.mentions.find((x) => x.i === i && x.actor);
      if (m?.actor && actors.get(m.actor)?.kind === 'igo') last = m.actor;
      if (i < 1 || keys[i] !== 'bloc' || !last) continue;
      const start = keys[i - 1] === 'the' ? i - 1 : keys[i - 1] === 'regional' && keys[i - 2] === 'the' ? i - 2 : -1;
      if (start < 0 || v.mentions.some((x) => x.i <= i && i < x.j)) continue;
      const a = actors.get(last)!;
      addMention(v, { s: v.index, i, j: i + 1, argStart: start, ref: { t: 'org', name: a.name, kind: a.kind }, actor: last });
    }
  }
}

const TIE_NOUNS = /^(talks|meeting|negotiations|ties|relations|dialogue|contacts)$/;

/**
 * "accused Addis Ababa of …", "held talks with Caracas": a capital right after a verb, or after
 * "talks with", is the state acting (step 06 keeps a capital only as a subject or a place).
 */
function capitalObjects(dm: DocMentions, actors: Map<string, ActorDraft>): void {
  const lex = lexicon();
  for (const v of dm.sentences) {
    const { toks, keys } = v;
    for (let i = 1; i < toks.length; i++) {
      if (!toks[i].upper || v.mentions.some((m) => m.i <= i && i < m.j)) continue;
      const g = lex.gazetteer
        .matches(keys, i, toks.length, (x) => x.type === 'country' && x.form === 'capital')
        .map((x) => x)[0];
      if (!g || g[1].type !== 'country') continue;
      const prev = toks[i - 1];
      const objectOfVerb = prev.pos === 'VERB' && !lex.locatives.has(prev.key);
      const agent = prev.key === 'by' && /(ed|en)$/.test(keys[i - 2] ?? '');
      if (!objectOfVerb && !agent && !(prev.key === 'with' && TIE_NOUNS.test(keys[i - 2] ?? ''))) continue;
      const country = lex.countries.get(g[1].country);
      if (!country || !actors.has(country.id)) continue;
      addMention(v, { s: v.index, i, j: g[0], argStart: i, ref: { t: 'country', country: g[1].country, form: 'capital' }, actor: country.id });
    }
  }
}

const DEAL = /^(deal|agreement|accord)$/;

/**
 * "the deal", "the agreement" in a document about a ceasefire is that ceasefire (the document's
 * most-mentioned ceasefire event); "an arms deal" or a document without a ceasefire is left alone.
 */
function dealMentions(dm: DocMentions): void {
  const n = new Map<string, number>();
  for (const v of dm.sentences)
    for (const m of v.mentions) if (m.ref.t === 'event' && m.ref.cls === 'ceasefire' && m.actor) n.set(m.actor, (n.get(m.actor) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, c] of n) if (!best || c > n.get(best)!) best = id;
  if (!best) return;
  for (const v of dm.sentences) {
    const { keys } = v;
    for (let i = 1; i < keys.length; i++) {
      if (!DEAL.test(keys[i]) || v.mentions.some((m) => m.i <= i && i < m.j)) continue;
      // "the deal", "the Lebanon deal", "a peace deal"; not "an arms deal", "a trade agreement"
      let k = i - 1;
      if (v.toks[k].upper && keys[k] !== 'the') k--;
      if (/^(peace|ceasefire|truce)$/.test(keys[k])) k--;
      if (!/^(the|a|this|that)$/.test(keys[k] ?? '')) continue;
      addMention(v, { s: v.index, i, j: i + 1, argStart: k, ref: { t: 'event', cls: 'ceasefire' }, actor: best });
    }
  }
}
