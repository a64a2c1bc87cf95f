/**
 * Step 09e — clause-level constructions run after the verb triggers: participation and hosting
 * stated without an event object ("met in Istanbul", "as observers", "welcomed the delegations"),
 * signatories of a ceasefire, "leading the mediation on behalf of", and a titled speaker's "war
 * against X".
 */
import { slug } from './05-lexicon';
import type { DocMentions } from './06-mentions';
import { groupOf, isArg, subjectOf } from './09-arguments';
import type { Emit } from './09b-title-affiliation';

const MEET_AT = new Set(['met', 'meet', 'meets', 'gathered', 'convened', 'assembled', 'sat']);
const DELEGATE_NOUNS = new Set(['delegates', 'delegation', 'delegations', 'negotiators', 'representatives', 'envoys', 'diplomats', 'team', 'teams']);
const NEG = new Set(['not', "n't", 'never']);

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
      // "X sent its envoy Y to observe the talks" → the sender takes part too
      if (/^(sent|sends|send|dispatched|dispatches)$/.test(keys[i])) {
        let k = i + 1;
        while (k < toks.length && k - i < 10 && !(keys[k] === 'to' && /^(observe|attend|join|monitor)$/.test(keys[k + 1] ?? ''))) k++;
        const ev = k - i < 10 ? v.mentions.find((m) => m.i > k + 1 && m.i <= k + 4 && m.ref.t === 'event' && m.actor) : undefined;
        if (ev) for (const m of subjectOf(v, i)) emit(v, m.actor, ev.actor, 'participate', 'sends-delegation', neg, i, i + 1);
      }
      // "X served on the mediation panel" → X mediates the main talks
      if (/^(served|serves|sat|sits|joined|joins)$/.test(keys[i]) && /^(on|in)$/.test(keys[i + 1] ?? '') && keys[i + 2] === 'the' && /^(mediation|mediating)$/.test(keys[i + 3] ?? ''))
        for (const m of subjectOf(v, i)) emit(v, m.actor, mainTalks, 'mediate', 'mediates', neg, i, i + 4);
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
