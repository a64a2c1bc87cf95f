/**
 * Step 09f — relations stated by a noun rather than a verb, run after the verb triggers:
 * "carried out air strikes against X", "the group's attack on X", "fired rockets at X"
 * (conflict); "a ceasefire between A and B", "A and B signed an agreement", "A and B agreed
 * on …" (negotiate); "under the auspices of X" (mediate); "in support of X" (support).
 */
import type { DocMentions, Mention, SentenceView } from './06-mentions';
import { groupOf, isArg, objectOf, subjectOf } from './09-arguments';
import type { Emit } from './09b-title-affiliation';

/** Attack nouns and the prepositions that introduce their target. */
// a Map, not an object: a token such as "constructor" must not find Object.prototype's members
const ATTACK_NOUNS = new Map<string, RegExp>(Object.entries({
  attack: /^(on|against)$/,
  attacks: /^(on|against)$/,
  strike: /^(on|against)$/,
  strikes: /^(on|against)$/,
  airstrikes: /^(on|against)$/,
  raids: /^(on|against)$/,
  raid: /^(on|against)$/,
  assault: /^(on|against)$/,
  war: /^(on|against)$/,
  offensive: /^against$/,
  campaign: /^against$/,
  insurgency: /^against$/,
  rockets: /^(at|on|into)$/,
  missiles: /^(at|on|into)$/,
  shells: /^(at|on|into)$/,
  drones: /^(at|on)$/,
  sanctions: /^(on|against)$/,
}));
/** Verbs whose subject is the attacker of an attack noun they govern ("launched an attack on"); not "condemned". */
const WAGE = /^(carried|carry|carries|carrying|launched|launch|launches|launching|waged|wage|wages|waging|declared|declare|declares|fired|fire|fires|firing|conducted|conducts|mounted|mounts|stepped|stepping|intensified|escalated|unleashed|began|begun|led|leads|staged|stages|pursued|fought|imposed|impose|imposes|imposing|slapped)$/;
const NEG = new Set(['not', "n't", 'never', 'denied', 'denies']);
const DEAL_NOUNS = new Set(['deal', 'agreement', 'accord', 'pact', 'treaty', 'truce', 'ceasefire', 'cease-fire', 'armistice']);
const AGREE = /^(agreed|agree|agrees|signed|sign|signs|initialed|initialled|initial|initials|reached|reach|reaches|struck|concluded)$/;

/** All noun-stated relations of the document. */
export function nominalRelations(dm: DocMentions, mainTalks: string | null, emit: Emit): void {
  for (const v of dm.sentences) {
    attackNouns(v, emit);
    dealBetween(v, emit);
    agreedTogether(v, emit);
    auspices(v, mainTalks, emit);
    inSupportOf(v, emit);
    turnedTo(v, emit);
  }
}

/** "X has turned to Russia for security support" → Russia backs X. */
function turnedTo(v: SentenceView, emit: Emit): void {
  const { keys } = v;
  for (let i = 1; i + 2 < keys.length; i++) {
    if (!/^(turned|turn|turns|turning|looked|looks)$/.test(keys[i]) || keys[i + 1] !== 'to') continue;
    const helper = v.mentions.find((m) => m.i === i + 2 && isArg(m));
    if (!helper) continue;
    let k = helper.j;
    if (keys[k] !== 'for') continue;
    k++;
    while (k < keys.length && k - helper.j < 4 && !/^(support|help|assistance|aid|weapons|arms|backing|protection)$/.test(keys[k])) k++;
    if (k >= keys.length || k - helper.j >= 4) continue;
    for (const s of subjectOf(v, i)) if (s.actor !== helper.actor) emit(v, helper.actor, s.actor, 'support', 'backs', false, i, i + 2);
  }
}

/** The possessor right before token k ("the group's attack", "Israeli strikes"), if any. */
function possessorBefore(v: SentenceView, k: number): Mention | undefined {
  let e = k;
  while (e > 0 && /^(air|new|fresh|deadly|latest|repeated|renewed|military|rocket|drone)$/.test(v.keys[e - 1])) e--;
  if (v.keys[e - 1] === "'s") e--;
  return v.mentions.find((m) => m.j === e && m.actor && m.ref.t !== 'event');
}

/** "carried out dozens of air strikes against X", "the group's attack on X", "fired rockets at X" → conflict. */
function attackNouns(v: SentenceView, emit: Emit): void {
  const { keys } = v;
  for (let k = 1; k + 2 < keys.length; k++) {
    const prep = ATTACK_NOUNS.get(keys[k]);
    if (!prep) continue;
    // 'declared "total war" on X': a closing quote may follow the noun
    const q = keys[k + 1] === '"' || keys[k + 1] === '\u201d' ? k + 1 : k;
    if (!prep.test(keys[q + 1] ?? '')) continue;
    const targets = objectOf(v, q + 2, (m) => m.ref.t !== 'event', 2);
    if (!targets.length) continue;
    let attackers: Mention[];
    const pos = possessorBefore(v, k);
    if (pos && !targets.some((t) => t.actor === pos.actor)) attackers = [pos];
    else {
      // the governing verb, at most six words back and inside the clause
      let w = k - 1;
      while (w > 0 && k - w <= 6 && !WAGE.test(keys[w]) && !/^(,|;|which|who|that|and)$/.test(keys[w])) w--;
      // "… armed Ukraine and imposed sanctions on Russia": a coordinated verb's subject is not the nearest noun
      if (!WAGE.test(keys[w] ?? '') || /^(and|or)$/.test(keys[w - 1] ?? '')) continue;
      attackers = subjectOf(v, w);
      if (NEG.has(keys[w - 1] ?? '') || NEG.has(keys[w - 2] ?? '')) continue;
    }
    for (const a of attackers)
      for (const t of targets) if (a.actor !== t.actor) emit(v, a.actor, t.actor, 'conflict', 'attacks', false, k, k + 2);
  }
}

/** "a ceasefire between A and B", "a 2015 peace deal between A and B" → the parties negotiated. */
function dealBetween(v: SentenceView, emit: Emit): void {
  const { keys } = v;
  for (let k = 1; k + 1 < keys.length; k++) {
    if (keys[k] !== 'between') continue;
    let d = k - 1;
    while (d > 0 && k - d < 3 && !DEAL_NOUNS.has(keys[d])) d--;
    if (!DEAL_NOUNS.has(keys[d])) continue;
    const parties = objectOf(v, k + 1, (m) => m.ref.t !== 'event', 2, true);
    for (let p = 1; p < parties.length; p++) emit(v, parties[0].actor, parties[p].actor, 'negotiate', 'agrees', false, d, k + 1);
  }
}

/** "A and B agreed on …", "A and B signed an agreement" → the coordinated subjects agreed with each other. */
function agreedTogether(v: SentenceView, emit: Emit): void {
  const { keys } = v;
  for (let i = 1; i < keys.length; i++) {
    if (!AGREE.test(keys[i]) || keys[i + 1] === 'with') continue;
    // "agreed", "agreed on/to/that …"; "signed/reached/struck" need a deal noun as object
    if (!/^agree/.test(keys[i])) {
      let k = i + 1;
      while (k < keys.length && k - i <= 4 && !DEAL_NOUNS.has(keys[k])) k++;
      if (!DEAL_NOUNS.has(keys[k] ?? '')) continue;
    }
    const subj = subjectOf(v, i).filter((m) => m.ref.t !== 'person');
    if (subj.length < 2) continue;
    const neg = NEG.has(keys[i - 1]) || NEG.has(keys[i - 2] ?? '');
    for (let k = 1; k < subj.length; k++) emit(v, subj[0].actor, subj[k].actor, 'negotiate', 'agrees', neg, i, i + 1);
  }
}

/** "met … under the auspices of the EU" → the EU mediates the event named in the sentence (or the main talks). */
function auspices(v: SentenceView, mainTalks: string | null, emit: Emit): void {
  const { keys } = v;
  for (let k = 2; k + 2 < keys.length; k++) {
    if (keys[k] !== 'auspices' || keys[k + 1] !== 'of' || keys[k - 1] !== 'the' || keys[k - 2] !== 'under') continue;
    const host = objectOf(v, k + 2, (m) => m.ref.t !== 'event', 2);
    const ev = v.mentions.find((m) => m.ref.t === 'event' && m.actor)?.actor ?? mainTalks;
    if (ev) for (const h of host) emit(v, h.actor, ev, 'mediate', 'mediates', false, k - 2, k + 2);
  }
}

/** "fired rockets … in support of its ally Hamas" → the clause's subject backs the named actor. */
function inSupportOf(v: SentenceView, emit: Emit): void {
  const { keys, toks } = v;
  for (let k = 1; k + 3 < keys.length; k++) {
    if (keys[k] !== 'in' || keys[k + 1] !== 'support' || keys[k + 2] !== 'of') continue;
    let at = k + 3;
    if (/^(its|their|his|her|the)$/.test(keys[at])) at++;
    if (/^(ally|allies|partner|partners)$/.test(keys[at])) at++;
    const first = v.mentions.find((m) => m.i === at && isArg(m));
    if (!first) continue;
    let w = k - 1;
    while (w > 0 && toks[w].pos !== 'VERB') w--;
    if (w <= 0) continue;
    for (const s of subjectOf(v, w))
      for (const t of groupOf(v, first)) if (s.actor !== t.actor) emit(v, s.actor, t.actor, 'support', 'backs', false, k, k + 3);
  }
}
