/**
 * Step 06a — known names: entities from the lexicon (IGOs, armed groups, media…),
 * countries and their seats of power, and organisation names built on a head noun
 * ("Moscow Carnegie Center"). A capital is an actor only when it acts ("Moscow says");
 * after a locative preposition it is a place, a candidate venue.
 */
import { orgAt } from './06a-org-names';
import { addMention, gazAt, gazEntries, prevIdx, titleCase, type Scan } from './06-scan';

const TARGET_NOUNS = /^(sanctions|pressure|embargo|war|strikes|attacks)$/;
const BACKED = /^(led|backed|supported|sponsored|funded|armed|brokered)$/;

/** "Moscow understands", "Moscow's", "Washington and Moscow agreed": a capital acting, not a place. */
function agentUse(sc: Scan, end: number): boolean {
  const t = sc.toks[end];
  if (!t) return false;
  if (t.pos === 'VERB' || t.pos === 'AUX' || t.key === "'s") return true;
  if (t.key !== 'and' && t.key !== 'or') return false;
  const g = gazAt(sc, end + 1);
  return !!g && g[1].type === 'country' && g[1].form !== 'demonym' && agentUse(sc, g[0]);
}

/** Pass A over one sentence. */
export function knownNames(sc: Scan): void {
  const { toks, keys, n, lex, cover, v } = sc;
  for (let i = 0; i < n; i++) {
    if (cover[i]) continue;
    if (!toks[i].upper && !gazAt(sc, i)) continue;
    const org = toks[i].upper && !sc.headline ? orgAt(sc, i) : null;
    const g = gazAt(sc, i);
    if (org && (!g || g[0] < org.end)) {
      addMention(sc, { s: v.index, i, j: org.end, argStart: i, ref: { t: 'org', name: org.name, kind: org.kind } });
      i = org.end - 1;
      continue;
    }
    if (!g) continue;
    const [end, e] = g;
    const all = gazEntries(sc, i, end);
    const entry =
      all.find((x) => x.type === 'entity') ?? all.find((x) => x.type === 'country' && x.form === 'name') ?? e;
    const p = prevIdx(toks, i);
    const prev = toks[p];
    // "sanctions on Moscow", "pressure against Tehran": the seat of power is the target, not a place
    const targeted = !!prev && /^(on|against)$/.test(prev.key) && TARGET_NOUNS.test(keys[p - 1] ?? '');
    const locative = !!prev && lex.locatives.has(prev.key) && !targeted;
    // "KABUL (AP) —", "ISTANBUL (Reuters) -": the dateline credit, not a source in the story
    if (entry.type === 'entity' && entry.kind === 'media' && keys[i - 1] === '(' && keys[end] === ')' && v.index < 3 && i < 6) {
      i = end;
      continue;
    }
    if (entry.type === 'entity') {
      let j = end;
      const media = entry.kind === 'media' ? lex.mediaHeads.longest(keys, j, n) : null;
      if (media) j = media[0];
      addMention(sc, {
        s: v.index,
        i,
        j,
        argStart: i,
        ref: { t: 'entity', id: entry.id, name: entry.name, kind: entry.kind, affiliation: entry.affiliation, country: entry.country },
      });
    } else if (entry.form === 'capital') {
      const dateline = i === 0 && toks[i].text === toks[i].text.toUpperCase() && n > 1 && !/\p{L}/u.test(toks[end]?.text ?? '');
      if (locative || dateline)
        sc.venues.push({
          name: titleCase(
            toks
              .slice(i, end)
              .map((t) => t.text)
              .join(' '),
          ),
          s: v.index,
          i,
          j: end,
          weight: dateline ? 3 : 1,
          prep: dateline ? null : prev.key,
        });
      // "a deal brokered by Washington and Paris", "talks with Kyiv": the seat of power as agent or partner
      else if (targeted || agentUse(sc, end) || (prev && /^(by|with|against)$/.test(prev.key)) || (prev && /^(and|or)$/.test(prev.key) && cover[p - 1]))
        addMention(sc, { s: v.index, i, j: end, argStart: i, ref: { t: 'country', country: entry.country, form: 'capital' } });
    } else if (entry.form === 'demonym') {
      // a demonym names an actor only with an agent noun (06b) or as "X-led"/"X-backed"
      if (toks[end]?.text === '-' && toks[end + 1] && BACKED.test(toks[end + 1].key))
        addMention(sc, { s: v.index, i, j: end, argStart: i, ref: { t: 'country', country: entry.country, form: 'demonym' } });
    } else addMention(sc, { s: v.index, i, j: end, argStart: i, ref: { t: 'country', country: entry.country, form: entry.form } });
    i = end - 1;
  }
}
