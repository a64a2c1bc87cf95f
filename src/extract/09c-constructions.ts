/**
 * Step 09c — constructions the verb triggers miss, run before them because they change who can
 * be an argument: coalitions named after their leader ("a Saudi-led coalition"), agent nouns
 * that head a named group, unknown people who attend ("Jan Novak, the Czech tycoon, also
 * attended the talks"), and the apposition/clause rules of step 09d.
 */
import { lexicon, slug } from './05-lexicon';
import { nameAt, type DocMentions, type Mention, type SentenceView } from './06-mentions';
import type { ActorDraft } from './07-coreference';
import type { Emit } from './09b-title-affiliation';
import { appositionRelations } from './09d-appositions';
import { lateMentions } from './09c-late-mentions';

const ATTEND = new Set(['attended', 'attends', 'attend', 'participated', 'joined']);
const SUBJECT_SKIP = new Set(['also', 'has', 'have', 'had', 'will', 'would', 'later', 'personally', 'reportedly', 'had']);
const NO_COVER: Array<Mention | null> = [];
const COALITION = new Set(['coalition', 'alliance']);
const COALITION_ADJ = new Set(['military', 'international', 'multinational', 'arab', 'western']);

/** Before the verb triggers: appositions and unknown attendees (they change who can be a subject). */
export function preConstructions(dm: DocMentions, actors: Map<string, ActorDraft>, emit: Emit): Map<string, string> {
  let coalition: string | null = null;
  const leaders = new Map<string, string>();
  // "junta chief X", "army chief X": a bare group noun right before a title belongs to the title phrase
  for (const link of dm.links)
    for (const m of dm.sentences[link.s].mentions) if (m.ref.t === 'agent' && (m.j === link.ti || (m.i >= link.ti && m.j <= link.tj))) m.modifier = true;
  lateMentions(dm, actors);
  for (const v of dm.sentences) {
    coalition = coalitions(v, actors, coalition, leaders);
    appositionRelations(v, emit);
    namedAgentHeads(v);
    discoverAttendees(v, actors);
  }
  return leaders;
}

/** A coalition's fighting and backing are also its leader's ("the U.S.-led coalition is targeting X" → the U.S. targets X). */
export function viaLeaders(emit: Emit, leaders: Map<string, string>): Emit {
  if (!leaders.size) return emit;
  return (v, s, t, f, type, neg, ti, tj) => {
    emit(v, s, t, f, type, neg, ti, tj);
    const lead = s ? leaders.get(s) : undefined;
    if (lead && (f === 'conflict' || f === 'support')) emit(v, lead, t, f, type, neg, ti, tj);
  };
}

/**
 * "a Saudi-led coalition", "the U.S.-led military coalition" is an actor of its own (kind military);
 * a later bare "the coalition" is the same one. Returns the document's latest coalition.
 */
function coalitions(
  v: SentenceView,
  actors: Map<string, ActorDraft>,
  last: string | null,
  leaders: Map<string, string>,
): string | null {
  const { toks, keys } = v;
  for (const m of [...v.mentions]) {
    if (m.ref.t !== 'country' || keys[m.j] !== '-' || keys[m.j + 1] !== 'led') continue;
    let k = m.j + 2;
    if (k < toks.length && !toks[k].upper && COALITION_ADJ.has(keys[k])) k++;
    if (!COALITION.has(keys[k])) continue;
    const name = v.toks
      .slice(m.i, k + 1)
      .map((t, x, arr) => (x > 0 && t.start > arr[x - 1].end ? ' ' : '') + t.text)
      .join('');
    const id = slug(name);
    if (!actors.has(id)) actors.set(id, { id, name, kind: 'military', affiliation: null });
    if (m.actor) leaders.set(id, m.actor);
    v.mentions.splice(v.mentions.indexOf(m), 1, {
      s: v.index,
      i: m.i,
      j: k + 1,
      argStart: m.argStart,
      ref: { t: 'org', name, kind: 'military' },
      actor: id,
    });
    last = id;
  }
  if (!last) return null;
  for (let i = 1; i < toks.length; i++)
    if (COALITION.has(keys[i]) && keys[i - 1] === 'the' && !v.mentions.some((m) => m.i <= i && i < m.j)) {
      v.mentions.push({ s: v.index, i, j: i + 1, argStart: i - 1, ref: { t: 'org', name: actors.get(last)!.name, kind: 'military' }, actor: last });
      v.mentions.sort((a, b) => a.i - b.i);
    }
  return last;
}

/** "the Karen National Union (KNU) rebel group": the agent noun right after a named group is that group. */
function namedAgentHeads(v: SentenceView): void {
  const ms = v.mentions;
  for (let x = 1; x < ms.length; x++) {
    const m = ms[x];
    const prev = ms[x - 1];
    if (m.ref.t !== 'agent' || m.ref.country || !prev.actor || (prev.ref.t !== 'entity' && prev.ref.t !== 'org')) continue;
    const gap = m.i - prev.j;
    // "… Army (ELN) rebel group" (the alias is a mention) or "… Union (KNU) rebel group" (it is not)
    const k = prev.j;
    if (gap === 0 || (gap === 1 && v.keys[k] === ')') || (gap === 3 && v.keys[k] === '(' && v.keys[k + 2] === ')'))
      m.actor = prev.actor;
  }
}

/** "Jan Novak, the Czech tycoon, also attended …": a full name as subject of attend becomes a person. */
function discoverAttendees(v: SentenceView, actors: Map<string, ActorDraft>): void {
  const lex = lexicon();
  const { toks, keys } = v;
  for (let i = 2; i < toks.length; i++) {
    if (!ATTEND.has(keys[i]) && !(keys[i] === 'took' && keys[i + 1] === 'part')) continue;
    let k = i - 1;
    while (k >= 0 && SUBJECT_SKIP.has(keys[k])) k--;
    // skip one apposition between commas (no verb inside)
    if (keys[k] === ',') {
      let c = k - 1;
      while (c >= 0 && k - c < 9 && keys[c] !== ',' && toks[c].pos !== 'VERB') c--;
      if (keys[c] !== ',') continue;
      k = c - 1;
    }
    // the name ends at k: walk left over capitalised words
    let p = k;
    while (p > 0 && k - p < 4 && toks[p - 1].upper && /\p{L}/u.test(toks[p - 1].text)) p--;
    if (k - p < 1 || (p > 0 && !/^(,|and|;)$/.test(keys[p - 1]))) continue;
    if (v.mentions.some((m) => m.i <= k && p < m.j)) continue;
    // the span p..k is free of mentions (checked above), so an empty cover is exact for nameAt
    if (nameAt(toks, NO_COVER, p, lex) !== k + 1) continue;
    const name = toks
      .slice(p, k + 1)
      .map((t) => t.text)
      .join(' ');
    const id = slug(name);
    if (!actors.has(id)) actors.set(id, { id, name, kind: 'person', affiliation: null });
    v.mentions.push({ s: v.index, i: p, j: k + 1, argStart: p, ref: { t: 'person', name }, actor: id });
    v.mentions.sort((a, b) => a.i - b.i);
  }
}
