/**
 * Step 09 — relations: verb-lexicon triggers (data/verbs.json) with their arguments, plus
 * the constructions a trigger alone misses: passives ("mediated by A, B and C"),
 * hyphenated support ("Turkey-backed opposition"), "X-led", organiser appositions
 * ("the talks' organizers, Russia, Iran, and Turkey"), "meeting between A, B and C",
 * negation ("was not invited" → excluded from the event) and title ties ("its Ambassador").
 */
import lexiconData from './data/lexicon.json';
import { lexicon, type VerbEntry } from './05-lexicon';
import type { DocMentions, Mention, SentenceView } from './06-mentions';
import { groupOf, isArg, objectOf, subjectOf } from './09-arguments';
import { titleAffiliations, type Emit } from './09b-title-affiliation';
import { preConstructions, viaLeaders } from './09c-constructions';
import { postConstructions } from './09e-clauses';
import { nominalRelations } from './09f-nominal';
import type { ActorDraft } from './07-coreference';
import type { Evidence, Family } from './schema';
import type { PreparedDocument } from './types';

export interface RelationDraft {
  source: string;
  target: string;
  family: Family;
  type: string;
  negated: boolean;
  evidence: Evidence[];
}

const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'refused',
  'declined',
  'refuses',
  'declines',
  'failed',
  // "Iran denies arming the Houthis": the denied act is reported as negated
  'denies',
  'denied',
  'deny',
  'denying',
]);
const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', "'s", 'get', 'got']);
const ORGANISER_NOUNS = new Set([
  'organizers',
  'organisers',
  'sponsors',
  'mediators',
  'hosts',
  'brokers',
  'guarantors',
  'co-sponsors',
  'facilitators',
]);
const HYPHEN_SUPPORT = new Set(['backed', 'supported', 'sponsored', 'funded', 'armed', 'aligned', 'allied']);
/** "Islamic State-linked insurgents", "al Qaeda-affiliated group": the group belongs to the named one. */
const HYPHEN_AFFILIATION = new Set(['linked', 'affiliated']);
const INVITE_LIKE = new Set([
  'invited',
  'invite',
  'invites',
  'inviting',
  'asked',
  'urged',
  'called',
  'encouraged',
  'allowed',
  'wants',
  'want',
]);
/** "rebel-held districts": attacking the territory is attacking its holder. */
const HELD = new Set(['held', 'controlled', 'occupied', 'run']);
const IRREGULAR_PAST = new Set([
  'overtook',
  'overran',
  'fought',
  'struck',
  'met',
  'took',
  'sent',
  'held',
  'shot',
  'hit',
  'beat',
  'broke',
  'led',
]);
const PATIENT_SKIP = new Set([
  ',',
  'was',
  'were',
  'is',
  'are',
  'been',
  'be',
  'being',
  'has',
  'have',
  'had',
  'not',
  'which',
  'who',
  'that',
  'also',
  'already',
  'reportedly',
  'allegedly',
]);
const TIME_WORDS = /^(last|this|next|earlier|later|week|month|year|on|in|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;
const VICTIM_OF = /^(attack|attacks|strike|strikes|assault|aggression|invasion|raid|raids|war|offensive)$/;
const PRONOUN_SUBJECTS = new Set(['they', 'we', 'it', 'who', 'which', 'that', 'he', 'she']);
const AGENT_HEADS = new Set([
  ...lexiconData.agentNouns.delegation,
  ...lexiconData.agentNouns.military,
  ...lexiconData.agentNouns.opposition,
  'leaders',
  'members',
  'militants',
  'fighters',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ministry',
  'officials',
  // "the Polisario Front independence movement sat down": a descriptive head after a named group
  'movement',
]);
const TITLE_REPRESENT = /envoy|ambassador|representative|delegate|negotiator|spokes/;

/** Extracts the relations of one document. */
export function extractRelations(
  doc: PreparedDocument,
  dm: DocMentions,
  actors: Map<string, ActorDraft>,
): RelationDraft[] {
  const out = new Map<string, RelationDraft>();
  const kindOf = (id: string) => actors.get(id)?.kind;
  const mainTalks = mainEvent(dm);
  // "Congolese President X accused Rwanda of …": a state official's accusation is the state's
  const official = new Map<string, string>();
  for (const l of dm.links)
    if (l.cls !== 'expert' && l.person.actor && l.holder?.ref.t === 'country' && l.holder.actor) official.set(l.person.actor, l.holder.actor);
  const emit = (
    v: SentenceView,
    src: string | null | undefined,
    tgt: string | null | undefined,
    family: Family,
    type: string,
    negated: boolean,
    ti: number,
    tj: number,
  ) => {
    if (family === 'conflict' && type === 'accuses' && src && official.has(src) && tgt && kindOf(tgt) !== 'person') src = official.get(src);
    if (!src || !tgt || src === tgt) return;
    const sk = kindOf(src);
    const tk = kindOf(tgt);
    if (!sk || !tk || (sk === 'event' && family !== 'exclude')) return;
    if (tk === 'event' && !['participate', 'mediate', 'support', 'exclude'].includes(family)) return;
    if (tk !== 'event' && ['participate', 'mediate'].includes(family)) return;
    const key = `${src}|${tgt}|${family}|${negated}`;
    const ev = evidence(doc, v, ti, tj);
    const r = out.get(key);
    if (r) {
      if (!r.evidence.some((e) => e.sentence === ev.sentence)) r.evidence.push(ev);
    } else out.set(key, { source: src, target: tgt, family, type, negated, evidence: [ev] });
  };
  const viaLeader = viaLeaders(emit, preConstructions(dm, actors, emit));
  for (const v of dm.sentences) {
    sentenceRelations(v, viaLeader, mainTalks);
  }
  for (const link of dm.links) {
    if (!link.edge || !link.holder?.actor || !link.person.actor) continue;
    const v = dm.sentences[link.s];
    const title = v.toks
      .slice(link.ti, link.tj)
      .map((t) => t.key)
      .join(' ');
    emit(
      v,
      link.person.actor,
      link.holder.actor,
      'affiliation',
      TITLE_REPRESENT.test(title) ? 'represents' : 'member-of',
      false,
      link.ti,
      link.tj,
    );
  }
  titleAffiliations(dm, emit);
  postConstructions(dm, mainTalks, emit);
  nominalRelations(dm, mainTalks, emit);
  // an exclusion is recorded once, as the event keeping the actor out
  return [...out.values()].map((r) =>
    r.family === 'exclude' && kindOf(r.source) !== 'event' && kindOf(r.target) === 'event'
      ? { ...r, source: r.target, target: r.source }
      : r,
  );
}


/** The document's main talks event (the one most mentioned), if any. */
function mainEvent(dm: DocMentions): string | null {
  const n = new Map<string, number>();
  for (const v of dm.sentences)
    for (const m of v.mentions)
      if (m.ref.t === 'event' && m.ref.cls === 'talks' && m.actor) n.set(m.actor, (n.get(m.actor) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, c] of n) if (!best || c > n.get(best)!) best = id;
  return best;
}

function sentenceRelations(v: SentenceView, emit: Emit, mainTalks: string | null): void {
  const lex = lexicon();
  const toks = v.toks;
  const keys = v.keys;
  const n = toks.length;
  const coveredBy = (k: number) => v.mentions.find((m) => m.i <= k && k < m.j);
  const isEvent = (m: Mention) => m.ref.t === 'event' && !!m.actor;
  const each = (
    src: Mention[],
    tgt: Mention[],
    f: Family,
    type: string,
    neg: boolean,
    ti: number,
    tj: number,
  ) => {
    for (const s of src) for (const t of tgt) emit(v, s.actor, t.actor, f, type, neg, ti, tj);
  };

  // hyphenated forms: "Turkey-backed opposition", "U.S.-led coalition", "Russian-brokered truce"
  for (const m of v.mentions) {
    if (!m.actor || keys[m.j] !== '-' || toks[m.j].start !== toks[m.j - 1].end) continue;
    const w = keys[m.j + 1];
    if (HYPHEN_SUPPORT.has(w)) {
      m.modifier = true;
      const t = v.mentions.find((x) => x.i > m.j + 1 && x.i <= m.j + 4 && x.actor);
      if (t) emit(v, m.actor, t.actor, 'support', 'backs', false, m.j + 1, m.j + 2);
    } else if (HYPHEN_AFFILIATION.has(w)) {
      m.modifier = true;
      const t = v.mentions.find((x) => x.i > m.j + 1 && x.i <= m.j + 3 && x.actor && !isEvent(x));
      if (t) emit(v, t.actor, m.actor, 'affiliation', 'member-of', false, m.j + 1, m.j + 2);
    } else if (
      !HELD.has(w) &&
      w !== 'led' &&
      /^\p{Ll}/u.test(toks[m.j + 1]?.text ?? '') &&
      toks[m.j + 1].start === toks[m.j].end
    ) {
      // "U.N.-recognised government", "Iran-made drones": a compound adjective, not an argument
      m.modifier = true;
    }
    if (w === 'led' || w === 'brokered' || w === 'hosted') {
      const t = v.mentions.find((x) => x.i > m.j + 1 && x.i <= m.j + 4 && isEvent(x));
      if (t) {
        m.modifier = true;
        const type = w === 'led' ? 'leads' : w === 'hosted' ? 'hosts' : 'brokers';
        emit(v, m.actor, t.actor, 'mediate', type, false, m.j + 1, m.j + 2);
      }
      // "the Russian-led Collective Security Treaty Organization": the leader belongs to the organisation it leads
      const o = w === 'led' && !t ? v.mentions.find((x) => x.i > m.j + 1 && x.i <= m.j + 3 && x.actor && (x.ref.t === 'org' || (x.ref.t === 'entity' && x.ref.kind !== 'media'))) : undefined;
      if (o && o.actor !== m.actor) {
        m.modifier = true;
        emit(v, m.actor, o.actor, 'affiliation', 'leads', false, m.j + 1, m.j + 2);
      }
    }
  }

  for (let i = 0; i < n; i++) {
    const cov = coveredBy(i);
    // a trigger may start on an event noun only as a phrase ("talks with", "meeting between")
    const hit = lex.verbs.longest(keys, i, n, (_e, end) => !cov || (cov.ref.t === 'event' && end - i > 1));
    if (!hit) continue;
    const [j, e] = hit;
    if (keys[i - 1] === '-' || (e.strictVerb && toks[i].pos !== 'VERB' && toks[i - 1]?.pos !== 'AUX' && !NEGATORS.has(keys[i - 1])))
      continue;
    if (!e.nominal && toks[i].pos !== 'VERB' && toks[i].pos !== 'AUX' && !precededByArg(v, i)) continue;
    handleTrigger(v, i, j, e, emit, mainTalks, isEvent, each);
    i = j - 1;
  }

  // "a trilateral meeting was underway late Sunday between representatives of A, B, and C"
  for (const m of v.mentions) {
    if (!isEvent(m) || m.ref.t !== 'event' || m.ref.cls !== 'talks') continue;
    let b = -1;
    for (let k = m.j; k < Math.min(n, m.j + 8) && b < 0; k++) if (keys[k] === 'between') b = k;
    if (b < 0 || v.mentions.some((x) => x.i >= m.j && x.i < b)) continue;
    const parties = objectOf(v, b + 1, (x) => x.ref.t !== 'event', 8, true);
    for (let k = 1; k < parties.length; k++)
      emit(v, parties[0].actor, parties[k].actor, 'negotiate', 'meets', false, m.i, m.j);
  }

  // "the talk's organizers, Russia, Iran, and Turkey": an apposition naming the organisers
  for (let i = 0; i + 2 < n; i++) {
    if (!ORGANISER_NOUNS.has(keys[i]) || keys[i + 1] !== ',') continue;
    const first = v.mentions.find((m) => m.i === i + 2 && isArg(m));
    if (!first) continue;
    const ev = [...v.mentions].reverse().find((m) => m.j <= i && isEvent(m))?.actor ?? mainTalks;
    for (const m of groupOf(v, first)) emit(v, m.actor, ev, 'mediate', 'organises', false, i, i + 1);
  }
}

/** A trigger not tagged as a verb still counts right after its subject ("Russia and Iran back …"). */
function precededByArg(v: SentenceView, i: number): boolean {
  // a past tense cannot be a noun ("supporters of Assad overtook …"), whatever the tagger says
  if (/ed$/.test(v.toks[i].key) || IRREGULAR_PAST.has(v.toks[i].key)) return true;
  const prev = v.toks[i - 1];
  if (prev && (prev.pos === 'AUX' || /^(who|which|that|to|also|not)$/.test(prev.key) || NEGATORS.has(prev.key))) return true;
  return v.mentions.some((m) => m.j === i && isArg(m)) || v.toks[i + 1]?.key === 'by';
}

/** "Maduro, whose re-election was condemned as fraudulent, is backed by …": the noun before the relative aside. */
function beforeRelative(v: SentenceView, i: number): Mention | undefined {
  let k = i - 1;
  while (k > 0 && (BE.has(v.keys[k]) || NEGATORS.has(v.keys[k]) || /ly$/.test(v.keys[k]))) k--;
  if (v.keys[k] !== ',') return undefined;
  for (let c = k - 1; c > 0 && k - c < 25; c--)
    if (v.keys[c] === ',' && /^(whose|which|who)$/.test(v.keys[c + 1] ?? ''))
      return v.mentions.find((m) => m.j === c && isArg(m));
  return undefined;
}

function negatedAt(v: SentenceView, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (NEGATORS.has(v.toks[k].key)) return true;
  return false;
}

let lastSubject: { s: number; group: Mention[] } = { s: -1, group: [] };

function handleTrigger(
  v: SentenceView,
  i: number,
  j: number,
  e: VerbEntry,
  emit: Emit,
  mainTalks: string | null,
  isEvent: (m: Mention) => boolean,
  each: (s: Mention[], t: Mention[], f: Family, type: string, neg: boolean, ti: number, tj: number) => void,
): void {
  const keys = v.keys;
  // "boycotted the meeting": a verb that itself denies taking part
  const neg = negatedAt(v, i) !== !!(e as VerbEntry & { negates?: boolean }).negates;
  const wantFor = (f: Family) => (m: Mention) =>
    f === 'participate' || f === 'mediate' || f === 'exclude'
      ? isEvent(m)
      : f === 'support'
        ? true
        : m.ref.t !== 'event';
  // infinitive complement of an invitation ("invited X to send a delegation"): part of the invite
  if (keys[i - 1] === 'to' && e.family !== 'invite') {
    for (let k = Math.max(0, i - 8); k < i; k++) if (INVITE_LIKE.has(keys[k])) return;
  }
  // "was accused last week by X": a time phrase may sit between the participle and its agent
  let by = j;
  while (by < j + 3 && TIME_WORDS.test(keys[by] ?? '') && /^(ed|en)$/.test(keys[i].slice(-2))) by++;
  if (keys[by] !== 'by') by = j;
  // passive with agent: "cease-fire mediated by Russia, Iran, and Turkey"
  if (keys[by] === 'by') {
    j = by;
    const agents = objectOf(v, j + 1, (m) => m.ref.t !== 'event', 4);
    let k = i - 1;
    while (k >= 0 && PATIENT_SKIP.has(keys[k])) k--;
    // "the Government of National Accord in Tripoli, led by …": a place qualifies the patient
    if (!v.mentions.some((m) => m.j === k + 1) && v.toks[k]?.upper && keys[k - 1] === 'in') k -= 2;
    let patient = v.mentions.find((m) => m.j === k + 1 && m.actor && !m.modifier);
    // "Algeria, which had brokered …, was accused by X": the passive's subject across a relative aside
    const aux = NEGATORS.has(keys[i - 1]) || /ly$/.test(keys[i - 1]) ? keys[i - 2] : keys[i - 1];
    if (!patient && BE.has(aux ?? '') && e.family !== 'mediate') patient = beforeRelative(v, i) ?? subjectOf(v, i)[0];
    // "peace talks in more than two weeks, hosted by …": an event a few words back
    if (!patient && (e.family === 'mediate' || e.family === 'support'))
      patient = [...v.mentions].reverse().find((m) => m.j <= i && i - m.j <= 8 && isEvent(m));
    const pats = patient ? (isEvent(patient) ? [patient] : groupOf(v, patient)) : [];
    // "the talks were led by X": leading an event is mediating it
    if (e.family === 'affiliation' && pats.length && isEvent(pats[0])) return each(agents, pats, 'mediate', e.type, neg, i, j);
    if (e.family === 'affiliation') return each(agents, pats, 'affiliation', e.type, neg, i, j);
    if (
      e.family === 'conflict' ||
      e.family === 'support' ||
      e.family === 'mediate' ||
      e.family === 'negotiate'
    )
      each(agents, pats, e.family, e.type, neg, i, j);
    return;
  }
  if (e.passiveOnly) return;
  // "was invited", "have not been invited" (a past participle after a form of be), not "are targeting"
  const participle = /(ed|en|wn|ght|uck|met|led|held|sent|hit)$/.test(keys[i]) && !keys[i].endsWith('ing');
  // "was widely condemned": an adverb may sit between the auxiliary and the participle
  const passive =
    participle &&
    (BE.has(keys[i - 1]) || ((NEGATORS.has(keys[i - 1]) || /ly$/.test(keys[i - 1])) && BE.has(keys[i - 2])));
  if (e.family === 'invite' && passive) {
    // "was not invited to Astana" → kept out of the event; a plain passive invite names no inviter
    if (!neg) return;
    let who = subjectOf(v, i);
    // "The AU, which admitted … as a member, was not invited": the noun before the relative aside
    if (!who.length) {
      const b = beforeRelative(v, i);
      if (b) who = groupOf(v, b);
    }
    const ev = objectOf(v, j, isEvent, 6)[0]?.actor ?? mainTalks;
    for (const m of who) emit(v, ev, m.actor, 'exclude', 'not-invited', false, i, j);
    return;
  }
  if (e.family === 'exclude' && passive) {
    // "X and Y were excluded from the talks"
    const ev = objectOf(v, j, isEvent, 6)[0]?.actor ?? mainTalks;
    for (const m of subjectOf(v, i)) emit(v, ev, m.actor, 'exclude', e.type, neg, i, j);
    return;
  }
  if (e.oust) {
    const obj = v.mentions.find((m) => m.j === i && m.actor);
    if (!obj || keys[j] !== 'from') return;
    return each(subjectOf(v, obj.i), [obj], 'conflict', e.type, neg, i, j);
  }
  if (passive && e.family !== 'participate') return;
  // "ASEAN has barred the junta chief from its summits": the object is kept out of the event (or of the subject)
  const kept = e.family === 'exclude' ? objectOf(v, j, (m) => m.ref.t !== 'event', 4) : [];
  if (kept.length) {
    let f = kept[kept.length - 1].j;
    while (f < v.toks.length && f - kept[kept.length - 1].j < 3 && keys[f] !== 'from') f++;
    const ev = keys[f] === 'from' ? objectOf(v, f + 1, isEvent, 3)[0] : undefined;
    const by = ev ? [ev] : subjectOf(v, i);
    return each(by, kept, 'exclude', e.type, neg, i, j);
  }
  // "coalition opposed to Assad", "those opposed to his rule": a reduced relative on a common noun has no actor subject
  const before = v.toks[i - 1];
  if (
    before &&
    !before.upper &&
    (before.pos === 'NOUN' || before.pos === 'PRON' || before.pos === 'DET') &&
    !PRONOUN_SUBJECTS.has(before.key) &&
    !AGENT_HEADS.has(before.key) &&
    !v.mentions.some((m) => m.i <= i - 1 && i - 1 < m.j)
  )
    return;
  // "… have armed Ukraine and imposed sanctions on Russia": a coordinated verb shares its subject
  const subj =
    /^(and|or|but)$/.test(keys[i - 1] ?? '') && lastSubject.s === v.index
      ? lastSubject.group
      : subjectOf(v, i);
  lastSubject = { s: v.index, group: subj };
  if (!subj.length && !e.nominal) return;
  if (e.mediaSubject) {
    const media = subj.filter((m) => m.ref.t === 'entity' && m.ref.kind === 'media');
    let k = j;
    if (keys[k] === 'that') k++;
    const obj = v.mentions.find((m) => m.i >= k && m.i <= k + 2 && isArg(m));
    if (media.length && obj) each(media, [obj], 'statement', e.type, neg, i, j);
    return;
  }
  if (e.delegates) {
    const hasDelegates =
      subj.some((m) => m.delegates) ||
      /^(delegates|delegation|delegations|representatives|negotiators)$/.test(
        keys[subj[subj.length - 1]?.j ?? -1] ?? '',
      );
    const ev = v.mentions.find((m) => m.i >= j && isEvent(m));
    if (hasDelegates && ev) each(subj, [ev], 'participate', e.type, neg, i, j);
    return;
  }
  if (e.nominal) {
    if (keys[j - 1] === 'between') {
      const parties = objectOf(v, j, (m) => m.ref.t !== 'event', 8);
      for (let k = 1; k < parties.length; k++)
        each([parties[0]], [parties[k]], 'negotiate', 'meets', neg, i, j);
      return;
    }
    each(
      subj,
      objectOf(v, j, (m) => m.ref.t !== 'event', 4),
      'negotiate',
      e.type,
      neg,
      i,
      j,
    );
    return;
  }
  let from = j;
  if (e.prep) {
    let p = -1;
    for (let k = j; k < Math.min(v.toks.length, j + 6); k++)
      if (keys[k] === e.prep) {
        p = k;
        k = v.toks.length;
      }
    // "supplied Israel with weapons": the recipient is the direct object when "with" names the goods
    const direct =
      p < 0 && e.prep === 'to'
        ? v.mentions.find((m) => (m.argStart === j || (m.argStart === j + 1 && keys[j] === 'the')) && isArg(m))
        : undefined;
    if (direct && keys[direct.j] === 'with') p = j - 1;
    // "negotiated the deal (with …)": negotiating an event is taking part in it
    if (e.family === 'negotiate') {
      const ev = v.mentions.find((m) => isEvent(m) && m.i > j - 1 && m.i <= j + 2 && (p < 0 || m.i < p));
      if (ev) each(subj, [ev], 'participate', e.type, neg, i, j);
    }
    if (p < 0 && !e.implicitEvent) return;
    if (p >= 0) from = p + 1;
  } else if (e.prepOptional && keys[j] === e.prepOptional) from = j + 1;
  let obj = objectOf(v, from, wantFor(e.family));
  // "Haftar and al-Sarraj did not meet": a reciprocal verb without object relates its subjects
  if (!obj.length && e.family === 'negotiate' && subj.length > 1) {
    for (let k = 1; k < subj.length; k++)
      emit(v, subj[0].actor, subj[k].actor, 'negotiate', e.type, neg, i, j);
    return;
  }
  if (!obj.length && e.implicitEvent && mainTalks) {
    const anyEvent = v.mentions.some((m) => m.i >= j && isEvent(m));
    if (!anyEvent && !v.mentions.some((m) => m.i >= j && isArg(m))) {
      for (const s of subj) emit(v, s.actor, mainTalks, e.family, e.type, neg, i, j);
      return;
    }
  }
  // "Norway, which has mediated between the two sides": mediating with no named object is mediating the main talks
  if (!obj.length && e.family === 'mediate' && keys[j] === 'between' && mainTalks) {
    for (const s of subj) emit(v, s.actor, mainTalks, 'mediate', e.type, neg, i, j);
    return;
  }
  if (e.eventObject) obj = obj.filter(isEvent);
  // "condemned the attack on Syria": the object is the victim of someone else's attack, not the subject's target
  if (e.family === 'conflict' && obj.length)
    for (let k = from; k < obj[0].argStart; k++) if (VICTIM_OF.test(keys[k]) && /^(on|against)$/.test(keys[k + 1] ?? '')) return;
  // "government and Taliban negotiators opened the talks": delegations open talks by taking part
  if (e.type === 'opens' && subj.some((m) => m.delegates)) {
    // "A and B negotiators opened talks": the two delegations negotiate with each other
    for (let k = 1; k < subj.length && obj.some(isEvent); k++)
      emit(v, subj[0].actor, subj[k].actor, 'negotiate', 'meets', neg, i, j);
    return each(subj, obj, 'participate', 'attends', neg, i, j);
  }
  if (e.family === 'invite' && neg)
    return each(obj.filter(isEvent).length ? [] : subj, obj, 'invite', e.type, true, i, j);
  each(subj, obj, e.family, e.type, neg, i, j);
  // "the army and the RSF signed a ceasefire": the signatories agree with each other
  if ((e.type === 'signs' || e.type === 'sits-down') && obj.length)
    for (let k = 1; k < subj.length; k++) emit(v, subj[0].actor, subj[k].actor, 'negotiate', 'agrees', neg, i, j);
}

/** Evidence for a trigger: the sentence, the trigger span and the date closest to it. */
function evidence(doc: PreparedDocument, v: SentenceView, ti: number, tj: number): Evidence {
  const s = doc.sentences[v.index];
  const tStart = v.toks[ti]?.start ?? s.start;
  const tEnd = v.toks[Math.max(ti, tj - 1)]?.end ?? tStart;
  let date: Evidence['date'] = null;
  let best = Infinity;
  for (const d of s.dates) {
    if (!d.value || !d.precision) continue;
    const dist = Math.abs(d.start - tStart);
    if (dist < best) {
      best = dist;
      date = { start: d.value, end: d.value, text: d.text, precision: d.precision };
    }
  }
  return {
    doc: doc.id,
    sentence: s.id,
    start: s.start,
    end: s.end,
    trigger: { start: tStart, end: tEnd },
    date,
  };
}
