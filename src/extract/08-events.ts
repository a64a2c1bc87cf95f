/**
 * Step 08 — events as actors: every generic mention of a class ("the talks", "peace
 * process", "the meeting") is the document's main event of that class, named by its venue
 * ("talks in Astana" → "Astana talks") or time ("cease-fire … in December" → "December
 * ceasefire"); a mention qualified by another venue ("peace talks in Geneva") stays distinct.
 */
import { lexicon, slug } from './05-lexicon';
import type { DocMentions, Mention } from './06-mentions';
import type { ActorDraft, Resolved } from './07-coreference';
import type { PreparedDocument } from './types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const VENUE_PREPS = new Set(['in', 'at', 'to']);

/** The venue that most often goes with this class's mentions (datelines count most), or null. */
function mainVenue(dm: DocMentions, cls: string): string | null {
  const lex = lexicon();
  const eventSentences = new Set<number>();
  for (const v of dm.sentences)
    for (const m of v.mentions) if (m.ref.t === 'event' && m.ref.cls === cls) eventSentences.add(v.index);
  const score = new Map<string, number>();
  const together = new Set<string>();
  const bump = (name: string, s: number, w: number) => {
    const near = eventSentences.has(s);
    if (near || w >= 3) together.add(name);
    score.set(name, (score.get(name) ?? 0) + (w >= 3 ? w : near ? 2 : 1));
  };
  for (const x of dm.venues) bump(x.name, x.s, x.weight === 3 ? 2 : x.weight);
  // a venue named with the event itself ("talks in Stockholm", "Berlin conference") counts most
  for (const v of dm.sentences)
    for (const m of v.mentions)
      if (m.ref.t === 'event' && m.ref.cls === cls && m.ref.venue) bump(m.ref.venue, v.index, 3);
  // "gathered in Qatar's capital": the capital from the gazetteer
  for (const v of dm.sentences)
    for (const m of v.mentions) {
      if (m.ref.t !== 'country' || v.keys[m.j] !== "'s" || v.keys[m.j + 1] !== 'capital' || !VENUE_PREPS.has(v.keys[m.i - 1] ?? '')) continue;
      const cap = lex.countries.get(m.ref.country)?.capital;
      if (cap) bump(cap, v.index, 1);
    }
  for (const v of dm.sentences) {
    const covered = new Set<number>();
    for (const m of v.mentions) for (let k = m.i; k < m.j; k++) covered.add(k);
    for (let i = 1; i < v.toks.length; i++) {
      const t = v.toks[i];
      if (
        covered.has(i) ||
        !t.upper ||
        lex.nonNames.has(t.key) ||
        !VENUE_PREPS.has(v.toks[i - 1].key) ||
        !/^\p{L}+$/u.test(t.text)
      )
        continue;
      if (lex.gazetteer.longest([t.key], 0, 1) || v.toks[i + 1]?.upper) continue;
      bump(t.text, v.index, 1);
    }
  }
  let best: string | null = null;
  for (const [name, w] of score) if (together.has(name) && (!best || w > score.get(best)!)) best = name;
  return best;
}

/** "conference" or "summit" when the document calls its talks that, else "talks". */
function talksLabel(dm: DocMentions, mentions: Mention[]): string {
  const n = new Map<string, number>();
  for (const m of mentions) {
    const head = dm.sentences[m.s].toks[m.j - 1]?.key;
    const label = head === 'conference' || head === 'summit' ? head : 'talks';
    n.set(label, (n.get(label) ?? 0) + 1);
  }
  return (n.get('conference') ?? 0) + (n.get('summit') ?? 0) > (n.get('talks') ?? 0)
    ? (n.get('conference') ?? 0) >= (n.get('summit') ?? 0)
      ? 'conference'
      : 'summit'
    : 'talks';
}

/** A month name from a sentence date near the mention ("in December" → "December"). */
function monthNear(doc: PreparedDocument, m: Mention, startChar: number): string | null {
  const dates = doc.sentences[m.s]?.dates ?? [];
  let best: { d: number; label: string } | null = null;
  for (const d of dates) {
    const mm = /^(\d{4})-(\d{2})/.exec(d.value ?? '');
    if (!mm) continue;
    const dist = Math.abs(d.start - startChar);
    if (!best || dist < best.d) best = { d: dist, label: MONTHS[Number(mm[2]) - 1] };
  }
  return best?.label ?? null;
}

/** Gives every event mention its event actor id and registers the events. */
export function resolveEvents(doc: PreparedDocument, dm: DocMentions, res: Resolved): void {
  const lex = lexicon();
  const byClass = new Map<string, Mention[]>();
  for (const v of dm.sentences)
    for (const m of v.mentions)
      if (m.ref.t === 'event') byClass.set(m.ref.cls, [...(byClass.get(m.ref.cls) ?? []), m]);
  const country = res.conflictCountry ? lex.countries.get(res.conflictCountry)?.name : null;
  for (const [cls, mentions] of byClass) {
    const label = cls === 'talks' ? talksLabel(dm, mentions) : (lex.eventLabels[cls] ?? cls);
    // only talks take their name from where they happen; a truce is named by its date
    const venue = cls === 'talks' ? mainVenue(dm, cls) : null;
    let name: string;
    if (venue) name = `${venue} ${label}`;
    else {
      const first = mentions.find((m) => monthNear(doc, m, dm.sentences[m.s].toks[m.i].start));
      const month =
        cls !== 'talks' && first ? monthNear(doc, first, dm.sentences[first.s].toks[first.i].start) : null;
      name = month
        ? `${month} ${label}`
        : country
          ? `${country} ${label}`
          : label[0].toUpperCase() + label.slice(1);
    }
    const main: ActorDraft = { id: slug(name), name, kind: 'event', affiliation: null };
    for (const m of mentions) {
      const own = m.ref.t === 'event' ? m.ref.venue : undefined;
      if (own && own !== venue && cls === 'talks') {
        const other = `${own} ${label}`;
        const a = res.actors.get(slug(other)) ?? {
          id: slug(other),
          name: other,
          kind: 'event' as const,
          affiliation: null,
        };
        res.actors.set(a.id, a);
        m.actor = a.id;
      } else {
        if (!res.actors.has(main.id)) res.actors.set(main.id, main);
        m.actor = main.id;
      }
    }
    // "was not invited to Astana": the main venue after in/to/at stands for the event
    if (cls === 'talks' && venue) addVenueMentions(dm, venue, main.id);
  }
}

function addVenueMentions(dm: DocMentions, venue: string, id: string): void {
  const key = venue.toLowerCase();
  for (const v of dm.sentences) {
    let added = false;
    for (let i = 1; i < v.toks.length; i++) {
      if (v.toks[i].key !== key || !VENUE_PREPS.has(v.toks[i - 1].key)) continue;
      if (v.mentions.some((m) => m.i <= i && i < m.j)) continue;
      v.mentions.push({
        s: v.index,
        i,
        j: i + 1,
        argStart: i - 1,
        ref: { t: 'event', cls: 'talks', venue },
        actor: id,
      });
      added = true;
    }
    if (added) v.mentions.sort((a, b) => a.i - b.i);
  }
}
