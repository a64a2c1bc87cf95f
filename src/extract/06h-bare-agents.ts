/**
 * Step 06h — what is left: personal pronouns (resolved by 07) and bare agent nouns
 * ("the rebels", "the government", "the army"), whose country 07 infers from context.
 * Then the sentence's mentions are put in order and possessors marked as modifiers.
 */
import lexiconData from './data/lexicon.json';
import { Trie, type AgentClass } from './05-lexicon';
import { DELEGATION } from './06b-country-agents';
import { addMention, type Mention, type Scan } from './06-scan';

const bareAgents = new Trie<Exclude<AgentClass, 'delegation'>>();
for (const cls of ['government', 'opposition', 'military'] as const) for (const f of lexiconData.bareAgents[cls]) bareAgents.add(f, cls);
const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);
const MODIFIER_POS = /^(NOUN|ADJ|PROPN)$/;

/** Pass E over one sentence. */
export function bareAgentsAndPronouns(sc: Scan): void {
  const { toks, keys, n, cover, v } = sc;
  for (let i = 0; i < n; i++) {
    if (cover[i]) continue;
    if (PRONOUNS.has(keys[i])) {
      addMention(sc, { s: v.index, i, j: i + 1, argStart: i, ref: { t: 'pronoun', which: 'person' } });
      continue;
    }
    const a = bareAgents.longest(keys, i, n);
    if (!a) continue;
    // "the army", "the military" name the conflict country's forces; "military activity" is an adjective
    if (a[1] === 'military' && (keys[i - 1] !== 'the' || MODIFIER_POS.test(toks[a[0]]?.pos ?? ''))) continue;
    const delegates = DELEGATION.has(keys[a[0]]);
    addMention(sc, { s: v.index, i, j: a[0], argStart: i, ref: { t: 'agent', country: null, cls: a[1] }, delegates });
    i = a[0] - 1;
  }
}

/** Orders the sentence's mentions; "Russia's Wagner Group": the possessor qualifies the next actor. */
export function finishSentence(sc: Scan): Mention[] {
  const out = sc.out.sort((a, b) => a.i - b.i);
  for (let k = 0; k + 1 < out.length; k++) if (sc.keys[out[k].j] === "'s" && out[k + 1].i === out[k].j + 1) out[k].modifier = true;
  return out;
}
