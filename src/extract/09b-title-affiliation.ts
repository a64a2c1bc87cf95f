/**
 * Step 09b — title affiliations: every title + name mention that ties a person to a state
 * or organisation ("Turkish President X", "U.N. envoy X", "Houthi spokesman X", "the
 * National Army of commander X", "the government of President X") becomes an affiliation
 * relation, with the title words as trigger — not only the appositive ones.
 */
import type { DocMentions, Mention, SentenceView } from './06-mentions';
import type { Family } from './schema';

export type Emit = (
  v: SentenceView,
  s: string | null | undefined,
  t: string | null | undefined,
  f: Family,
  type: string,
  neg: boolean,
  ti: number,
  tj: number,
) => void;

const LEADS = /^(president|prime minister|premier|king|queen|emir|sultan|chancellor|supreme leader|commander|gen|general|lt gen|field marshal|marshal|chief|head|leader|chairman|chairwoman|director)$/;
const REPRESENTS = /envoy|ambassador|representative|delegate|negotiator|spokes|mediator/;

/** A mention that can hold a person: a state, government, organisation or group (not a person or event). */
const holderLike = (m: Mention | undefined): m is Mention =>
  !!m && !!m.actor && m.ref.t !== 'person' && m.ref.t !== 'event' && m.ref.t !== 'pronoun';

const AGENT_TITLE = /^(junta|army|military|militia|rebel|government) \S/;

/** The latest mention (up to sentence s) of a bare agent noun `word` ("the junta") that resolved to an actor. */
function bareAgentNamed(dm: DocMentions, word: string, s: number): Mention | undefined {
  let found: Mention | undefined;
  for (const v of dm.sentences.slice(0, s + 1))
    for (const m of v.mentions) if (m.ref.t === 'agent' && m.actor && v.keys[m.j - 1] === word) found = m;
  if (found) return found;
  for (const v of dm.sentences.slice(s + 1))
    for (const m of v.mentions) if (m.ref.t === 'agent' && m.actor && v.keys[m.j - 1] === word) return m;
  return undefined;
}

/** Emits person → holder affiliation edges for every title link of the document. */
export function titleAffiliations(dm: DocMentions, emit: Emit): void {
  for (const link of dm.links) {
    const person = link.person.actor;
    // an expert quoted "at" an institute is a source, not a member the text vouches for
    if (!person || (link.cls === 'expert' && !link.edge)) continue;
    const v = dm.sentences[link.s];
    const title = v.keys.slice(link.ti, link.tj).join(' ');
    let holder: Mention | undefined = holderLike(link.holder ?? undefined) ? link.holder! : undefined;
    // "the Libyan National Army of commander X", "the government of President X": the title's owner precedes "of"
    if (!holder && v.keys[link.ti - 1] === 'of') {
      const k = link.ti - 1;
      holder = v.mentions.find((m) => m.j === k && holderLike(m));
    }
    // "junta chief X", "army chief X": the title's first word is a group named elsewhere by that bare noun
    if (!holder && AGENT_TITLE.test(title)) holder = bareAgentNamed(dm, title.split(' ')[0], link.s);
    // "the bloc's special envoy …, X": a possessor found after step 06 (09c adds "the bloc") holds the title
    if (!holder) {
      let b = link.ti;
      while (b > 0 && /^(special|senior|top|chief|deputy|new|former)$/.test(v.keys[b - 1])) b--;
      if (v.keys[b - 1] === "'s") holder = v.mentions.find((m) => m.j === b - 1 && holderLike(m));
    }
    if (!holder || holder.actor === person) continue;
    const type = LEADS.test(title) ? 'leads' : REPRESENTS.test(title) ? 'represents' : 'member-of';
    emit(v, person, holder.actor, 'affiliation', type, false, link.ti, link.tj);
  }
}
