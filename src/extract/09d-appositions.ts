/**
 * Step 09d — appositions and embedded clauses that state a relation without a main verb trigger:
 * membership ("Turkey, a NATO member,"), alliance ("India, a close ally of Kabul,"), hosting a
 * group's office, "accused Y of backing Z" and co-chairs of a named group.
 */
import { type Mention, type SentenceView } from './06-mentions';
import { groupOf, isArg, subjectOf } from './09-arguments';
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
  membersListed(v, emit);
  chairsBody(v, emit);
  possessiveAllies(v, emit);
  whoseEnvoy(v, emit);
}

/** "the African Union, whose envoy, former President X, led …" → X represents the organisation. */
function whoseEnvoy(v: SentenceView, emit: Emit): void {
  const keys = v.keys;
  for (const m of v.mentions) {
    if (!isArg(m) || m.ref.t === 'person' || keys[m.j] !== ',' || keys[m.j + 1] !== 'whose') continue;
    const k = m.j + 2;
    if (!/^(envoy|representative|special envoy|mediator|spokesman|spokeswoman|leader|chief|head|commander|negotiator)$/.test(keys[k] ?? '')) continue;
    const at = keys[k + 1] === ',' ? k + 2 : k + 1;
    const p = v.mentions.find((x) => x.ref.t === 'person' && x.actor && x.i >= at && x.i <= at + 4);
    if (p && !v.mentions.some((x) => x !== p && x.i >= at && x.i < p.i && x.ref.t === 'person'))
      emit(v, p.actor, m.actor, 'affiliation', 'represents', false, k, k + 1);
  }
}

const MADE_OF = /^(made up of|composed of|comprised of|consisting of|comprising|grouping|which includes|which comprises|which groups|that includes)$/;

/** "The Brotherhood Alliance, made up of A, B and C," → each is a member of the alliance. */
function membersListed(v: SentenceView, emit: Emit): void {
  const keys = v.keys;
  for (const m of v.mentions) {
    if (!isArg(m) || keys[m.j] !== ',') continue;
    let len = 0;
    for (const n of [3, 2, 1]) if (MADE_OF.test(keys.slice(m.j + 1, m.j + 1 + n).join(' '))) len ||= n;
    if (!len) continue;
    let at = m.j + 1 + len;
    if (keys[at] === 'the') at++;
    const first = v.mentions.find((x) => x.i === at && isArg(x) && x.ref.t !== 'person');
    if (!first) continue;
    for (const x of groupOf(v, first, (y) => isArg(y) || (y.ref.t === 'org' && !!y.actor)))
      if (x.actor !== m.actor) emit(v, x.actor, m.actor, 'affiliation', 'member-of', false, m.j + 1, m.j + 1 + len);
  }
}

const CHAIRS = /^(chairs|heads|leads|presides over|holds the rotating presidency of|holds the presidency of)$/;

/** "Indonesia, which chairs ASEAN this year," / "X, who chairs the AU," → X leads that body. */
function chairsBody(v: SentenceView, emit: Emit): void {
  const keys = v.keys;
  for (const m of v.mentions) {
    if (!isArg(m) || keys[m.j] !== ',' || !/^(who|which)$/.test(keys[m.j + 1] ?? '')) continue;
    let k = m.j + 2;
    if (/^(currently|also|now)$/.test(keys[k])) k++;
    let len = 0;
    for (const n of [6, 5, 3, 1]) if (!len && CHAIRS.test(keys.slice(k, k + n).join(' '))) len = n;
    if (!len) continue;
    const at = keys[k + len] === 'the' ? k + len + 1 : k + len;
    const body = v.mentions.find((x) => x.i === at && x.actor && x.ref.t !== 'event' && x.ref.t !== 'person');
    if (body && body.actor !== m.actor) emit(v, m.actor, body.actor, 'affiliation', 'leads', false, k, k + len);
  }
}

const ALLY = /^(ally|allies|backer|backers|patron|patrons)$/;

/**
 * "France, Morocco's main European ally," → France backs Morocco; "Belgrade's allies Russia and China"
 * → each backs Belgrade. The possessor is the one backed.
 */
function possessiveAllies(v: SentenceView, emit: Emit): void {
  const keys = v.keys;
  for (const y of v.mentions) {
    if (!y.actor || y.ref.t === 'event' || keys[y.j] !== "'s") continue;
    let k = y.j + 1;
    while (k < keys.length && k - y.j < 4 && !ALLY.test(keys[k]) && !v.toks[k].upper) k++;
    // adjectives like "European" are capitalised: allow up to two words before the noun
    if (!ALLY.test(keys[k] ?? '')) {
      k = y.j + 1;
      while (k < keys.length && k - y.j <= 3 && !ALLY.test(keys[k])) k++;
      if (!ALLY.test(keys[k] ?? '') || v.mentions.some((x) => x.i > y.j && x.i < k)) continue;
    }
    const backers: Mention[] = [];
    // apposition: "X, Y's ally," — the actor before the comma
    const before = v.mentions.find((x) => isArg(x) && x.j === (keys[y.i - 1] === 'the' ? y.i - 2 : y.i - 1) && keys[x.j] === ',');
    if (before && (keys[k + 1] === ',' || keys[k + 1] === '.')) backers.push(before);
    // "Y's allies A and B": the names right after the noun
    const after = v.mentions.find((x) => x.i === k + 1 && isArg(x));
    if (after) backers.push(...groupOf(v, after));
    if (!backers.length) continue;
    y.modifier = true;
    for (const b of backers) if (b.actor !== y.actor) emit(v, b.actor, y.actor, 'support', 'allied-with', false, k, k + 1);
  }
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
