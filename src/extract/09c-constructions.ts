/**
 * Step 09c — constructions the verb triggers miss: a membership apposition ("Turkey, a NATO
 * member,"), unknown people who attend ("Jan Novak, the Czech tycoon, also attended the
 * talks"), delegates meeting at the main event's venue, an event that "brought together"
 * countries, and a host who "welcomed the delegations".
 */
import { lexicon, slug } from './05-lexicon';
import { nameAt, type DocMentions, type Mention, type SentenceView } from './06-mentions';
import type { ActorDraft } from './07-coreference';
import { groupOf, isArg, subjectOf } from './09-arguments';
import type { Emit } from './09b-title-affiliation';

const MEMBER_NOUNS = new Set(['member', 'ally', 'partner', 'member state', 'signatory']);
const ATTEND = new Set(['attended', 'attends', 'attend', 'participated', 'joined']);
const SUBJECT_SKIP = new Set(['also', 'has', 'have', 'had', 'will', 'would', 'later', 'personally', 'reportedly', 'had']);
const MEET_AT = new Set(['met', 'meet', 'meets', 'gathered', 'convened', 'assembled', 'sat']);
const DELEGATE_NOUNS = new Set(['delegates', 'delegation', 'delegations', 'negotiators', 'representatives', 'envoys', 'diplomats', 'team', 'teams']);
const NEG = new Set(['not', "n't", 'never']);
const NO_COVER: Array<Mention | null> = [];
const COALITION = new Set(['coalition', 'alliance']);
const COALITION_ADJ = new Set(['military', 'international', 'multinational', 'arab', 'western']);

/** Before the verb triggers: appositions and unknown attendees (they change who can be a subject). */
export function preConstructions(dm: DocMentions, actors: Map<string, ActorDraft>, emit: Emit): Map<string, string> {
  let coalition: string | null = null;
  const leaders = new Map<string, string>();
  for (const v of dm.sentences) {
    coalition = coalitions(v, actors, coalition, leaders);
    memberAppositions(v, emit);
    allyAppositions(v, emit);
    hostsOffice(v, emit);
    accusedOfBacking(v, emit);
    coChairs(v, emit);
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

/**
 * "Israeli Prime Minister X said the war against Y would go on": a state's leader or official speaking of
 * "the war against Y" attributes the war to that state. Only a titled speaker tied to a country counts.
 */
function speakerWars(dm: DocMentions, emit: Emit): void {
  for (const link of dm.links) {
    if (link.cls === 'expert' || link.holder?.ref.t !== 'country' || !link.holder.actor) continue;
    const v = dm.sentences[link.s];
    const { keys } = v;
    const say = link.person.j;
    if (!/^(said|says|vowed|warned|insisted)$/.test(keys[say] ?? '')) continue;
    for (let i = say + 1; i + 2 < keys.length; i++) {
      if (!/^(war|offensive|campaign|fight)$/.test(keys[i]) || keys[i + 1] !== 'against') continue;
      if (!/^(the|its|our|their)$/.test(keys[i - 1])) continue;
      const target = v.mentions.find((m) => m.i === i + 2 && isArg(m) && m.actor !== link.holder!.actor);
      if (target) emit(v, link.holder.actor, target.actor, 'conflict', 'fights', false, i, i + 2);
    }
  }
}

/** After the verb triggers: participation and hosting stated without an event object. */
export function postConstructions(dm: DocMentions, mainTalks: string | null, emit: Emit): void {
  speakerWars(dm, emit);
  if (!mainTalks) return;
  for (const v of dm.sentences) {
    const { toks, keys } = v;
    for (let i = 1; i < toks.length; i++) {
      const neg = NEG.has(keys[i - 1]) || NEG.has(keys[i - 2] ?? '');
      // "Russian and Ukrainian negotiators met in Istanbul" (the main event's venue) → both take part
      if (MEET_AT.has(keys[i]) && keys[i + 1] === 'in' && toks[i + 2]?.upper && mainTalks.startsWith(`${slug(toks[i + 2].text)}-`)) {
        const subj = subjectOf(v, i);
        const last = subj[subj.length - 1];
        if (subj.some((m) => m.delegates) || (last && DELEGATE_NOUNS.has(keys[last.j] ?? '')))
          for (const m of subj) emit(v, m.actor, mainTalks, 'participate', 'attends', neg, i, i + 1);
      }
      // "Brazil and Chile accompany the process as observers" → they take part (observer role)
      if (keys[i] === 'as' && /^observers?$/.test(keys[i + 1] === 'an' ? keys[i + 2] : keys[i + 1])) {
        let vb = i - 1;
        while (vb > 0 && toks[vb].pos !== 'VERB') vb--;
        const n = NEG.has(keys[vb - 1] ?? '') || NEG.has(keys[vb - 2] ?? '');
        if (vb > 0) for (const m of subjectOf(v, vb)) emit(v, m.actor, mainTalks, 'participate', 'observes', n, i, i + 2);
      }
      // "The conference … brought together the countries …, including A, B and C"
      if (keys[i] === 'brought' && keys[i + 1] === 'together') {
        const ev = [...v.mentions].reverse().find((m) => m.j <= i && m.ref.t === 'event' && m.actor);
        if (!ev) continue;
        // "…, including A, B and C" names them; otherwise the direct object does ("brought together A and B")
        let k = i + 2;
        while (k < toks.length && k - i < 16 && keys[k] !== 'including') k++;
        k = keys[k] === 'including' ? k + 1 : keys[i + 2] === 'the' ? i + 3 : i + 2;
        const first = v.mentions.find((m) => m.i === k && isArg(m));
        if (first) for (const m of groupOf(v, first)) emit(v, m.actor, ev.actor, 'participate', 'attends', false, i, i + 2);
      }
      // "A and B signed a ceasefire": the signatories negotiated with each other
      if (/^(signed|sign|signs|agreed|agree|agrees)$/.test(keys[i])) {
        const ev = v.mentions.find((m) => m.i > i && m.i <= i + 4 && m.ref.t === 'event' && m.ref.cls === 'ceasefire');
        const subj = ev ? subjectOf(v, i) : [];
        for (let k = 1; k < subj.length; k++) emit(v, subj[0].actor, subj[k].actor, 'negotiate', 'agrees', neg, i, i + 1);
      }
      // "X is leading the mediation on behalf of the AU" → X mediates the main talks for that body
      if (/^(leading|leads|led)$/.test(keys[i]) && keys[i + 1] === 'the' && /^(mediation|mediation effort|facilitation)$/.test(keys[i + 2])) {
        const subj = subjectOf(v, i);
        for (const m of subj) emit(v, m.actor, mainTalks, 'mediate', 'mediates', neg, i, i + 3);
        if (keys[i + 3] === 'on' && keys[i + 4] === 'behalf' && keys[i + 5] === 'of') {
          const at = keys[i + 6] === 'the' ? i + 7 : i + 6;
          const body = v.mentions.find((x) => x.i === at && x.actor && x.ref.t !== 'event' && x.ref.t !== 'person');
          if (body) for (const m of subj) if (m.ref.t === 'person') emit(v, m.actor, body.actor, 'affiliation', 'member-of', false, i + 3, i + 6);
        }
      }
      // "President X welcomed the delegations" → the host of the talks
      if (/^(welcomed|welcomes|received|hosted)$/.test(keys[i])) {
        let k = i + 1;
        if (keys[k] === 'the' || keys[k] === 'both') k++;
        if (!DELEGATE_NOUNS.has(keys[k])) continue;
        for (const m of subjectOf(v, i)) emit(v, m.actor, mainTalks, 'mediate', 'hosts', neg, i, i + 1);
      }
    }
  }
}
