/**
 * Step 09d — appositions and embedded clauses that state a relation without a main verb trigger:
 * membership ("Turkey, a NATO member,"), alliance ("India, a close ally of Kabul,"), hosting a
 * group's office, "accused Y of backing Z" and co-chairs of a named group.
 */
import { type Mention, type SentenceView } from './06-mentions';
import { isArg, subjectOf } from './09-arguments';
import type { Emit } from './09b-title-affiliation';

const MEMBER_NOUNS = new Set(['member', 'ally', 'partner', 'member state', 'signatory']);
const NEG = new Set(['not', "n't", 'never']);

/** Every apposition/clause rule of this step over one sentence (before the verb triggers). */
export function appositionRelations(v: SentenceView, emit: Emit): void {
  memberAppositions(v, emit);
  allyAppositions(v, emit);
  hostsOffice(v, emit);
  accusedOfBacking(v, emit);
  coChairs(v, emit);
}

/** "Turkey, a NATO member, …" → Turkey member-of NATO; NATO is no longer a subject candidate. */
function memberAppositions(v: SentenceView, emit: Emit): void {
  const keys = v.keys;
  for (const m of v.mentions) {
    if (!isArg(m) || keys[m.j] !== ',' || !/^(a|an|the)$/.test(keys[m.j + 1] ?? '')) continue;
    const inner = v.mentions.find((x) => x.i === m.j + 2 && x.actor && x.ref.t !== 'person' && x.ref.t !== 'event');
    if (!inner) continue;
    let k = inner.j;
    if (keys[k] === "'s") k++;
    const two = `${keys[k]} ${keys[k + 1]}`;
    const len = MEMBER_NOUNS.has(two) ? 2 : MEMBER_NOUNS.has(keys[k]) ? 1 : 0;
    if (!len || !/^(,|\.)$/.test(keys[k + len] ?? '')) continue;
    inner.modifier = true;
    emit(v, m.actor, inner.actor, 'affiliation', 'member-of', false, k, k + len);
  }
}

const ALLY_NOUNS = new Set(['ally', 'backer', 'patron']);
const ALLY_ADJ = new Set(['close', 'key', 'staunch', 'longtime', 'long-time', 'major', 'traditional', 'strong', 'main', 'chief']);

/** "India, a close ally of the Kabul government, …" → India backs that government; the ally is no subject. */
function allyAppositions(v: SentenceView, emit: Emit): void {
  const keys = v.keys;
  for (const m of v.mentions) {
    if (!isArg(m) || keys[m.j] !== ',' || !/^(a|an)$/.test(keys[m.j + 1] ?? '')) continue;
    let k = m.j + 2;
    if (ALLY_ADJ.has(keys[k])) k++;
    if (!ALLY_NOUNS.has(keys[k]) || keys[k + 1] !== 'of') continue;
    const at = keys[k + 2] === 'the' ? k + 3 : k + 2;
    const inner = v.mentions.find((x) => (x.i === at || x.i === k + 2) && x.actor && x.ref.t !== 'event');
    if (!inner || inner.actor === m.actor) continue;
    inner.modifier = true;
    emit(v, m.actor, inner.actor, 'support', 'allied-with', false, k, k + 2);
  }
}

const HOSTED = new Set(['hosted', 'hosts', 'host', 'hosting']);
const OFFICE = new Set(['office', 'headquarters', 'leadership', 'leaders', 'bureau']);

/** "Qatar has hosted the Taliban's political office" → Qatar backs the group whose office it harbours. */
function hostsOffice(v: SentenceView, emit: Emit): void {
  const keys = v.keys;
  for (let i = 1; i < keys.length; i++) {
    if (!HOSTED.has(keys[i])) continue;
    const at = keys[i + 1] === 'the' ? i + 2 : i + 1;
    const guest = v.mentions.find((x) => x.i === at && x.actor && x.ref.t !== 'event' && x.ref.t !== 'person');
    if (!guest || keys[guest.j] !== "'s") continue;
    const k = keys[guest.j + 1] === 'political' ? guest.j + 2 : guest.j + 1;
    if (!OFFICE.has(keys[k])) continue;
    const neg = NEG.has(keys[i - 1]) || NEG.has(keys[i - 2] ?? '');
    for (const m of subjectOf(v, i)) if (m.actor !== guest.actor) emit(v, m.actor, guest.actor, 'support', 'hosts', neg, i, k + 1);
  }
}

const ACCUSE = new Set(['accused', 'accuses', 'accuse', 'accusing', 'suspected']);
const BACKING = new Set(['backing', 'supporting', 'sheltering', 'harbouring', 'harboring', 'arming', 'funding', 'financing', 'sponsoring']);

/** "X accused Y of backing Z" / "Y, accused of sheltering Z," → Y supports Z (as alleged; the accusation itself is X's verb). */
function accusedOfBacking(v: SentenceView, emit: Emit): void {
  const keys = v.keys;
  for (let i = 1; i < keys.length; i++) {
    if (keys[i] !== 'of' || !BACKING.has(keys[i + 1])) continue;
    const at = keys[i + 2] === 'the' ? i + 3 : i + 2;
    const target = v.mentions.find((x) => x.i === at && x.actor && x.ref.t !== 'event');
    if (!target) continue;
    let holders: Mention[] = [];
    if (ACCUSE.has(keys[i - 1])) holders = subjectOf(v, i - 1);
    else {
      const obj = v.mentions.find((x) => x.j === i && isArg(x));
      if (obj && ACCUSE.has(keys[obj.i - 1] ?? '')) holders = [obj];
    }
    for (const m of holders) if (m.actor !== target.actor) emit(v, m.actor, target.actor, 'support', 'backs', false, i + 1, i + 2);
  }
}

/** "France, Russia and the U.S. co-chair the Minsk Group" → each co-chair is a member of the named group. */
function coChairs(v: SentenceView, emit: Emit): void {
  const { toks, keys } = v;
  for (let i = 1; i < toks.length; i++) {
    if (!/^co-?chair(s|ed|ing)?$/.test(keys[i])) continue;
    const k = keys[i + 1] === 'the' ? i + 2 : i + 1;
    const group = v.mentions.find((m) => m.i === k && m.actor && m.ref.t !== 'person' && m.ref.t !== 'event');
    if (!group) continue;
    for (const m of subjectOf(v, i)) emit(v, m.actor, group.actor, 'affiliation', 'member-of', false, i, i + 1);
  }
}
