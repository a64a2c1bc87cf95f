/**
 * Step 06b — a country or demonym with an agent noun: "Syrian government", "Syria's
 * government delegation", "Yemeni rebels", "Russian and Ukrainian negotiators", "Syrian
 * opposition and government delegates". The agent noun says which of the country's
 * actors is meant (government, opposition, military); a delegation is the country itself.
 */
import lexiconData from './data/lexicon.json';
import { GENERIC_ORG_WORDS, STATE_OFFICE } from './06a-org-names';
import { addMention, dropMention, gazAt, type Mention, type Ref, type Scan } from './06-scan';

/** Agent nouns that follow another agent noun: "government delegates". */
export const DELEGATION = new Set(lexiconData.agentNouns.delegation);

/** Is a demonym ("Ukrainian") spanning exactly [i, end)? */
function demonymAt(sc: Scan, i: number, end: number): boolean {
  return sc.lex.gazetteer.matches(sc.keys, i, sc.n, (x, en) => en === end && x.type === 'country' && x.form === 'demonym').length > 0;
}

/** "Chinese Foreign Ministry", "Russia's Defence Ministry": the office speaks for its country. */
function stateOffice(sc: Scan, i: number, k: number, cm: Mention | null, country: string): void {
  const { toks, keys, n, cover, v } = sc;
  let j = k;
  while (j < n && toks[j].upper && !cover[j] && GENERIC_ORG_WORDS.has(keys[j])) j++;
  if (j === k || !STATE_OFFICE.test(keys[j - 1])) return;
  if (cm) dropMention(sc, cm);
  addMention(sc, { s: v.index, i, j, argStart: i, ref: { t: 'country', country, form: 'metonym' } });
}

/** Pass B over one sentence. */
export function countryAgents(sc: Scan): void {
  const { toks, keys, n, lex, cover, v } = sc;
  for (let i = 0; i < n; i++) {
    const cm = cover[i];
    let country: string | null = null;
    let end = i;
    if (cm && cm.i === i && cm.ref.t === 'country') {
      country = cm.ref.country;
      end = cm.j;
    } else if (!cm && toks[i].upper) {
      const g = gazAt(sc, i);
      const d = g && lex.gazetteer.matches(keys, i, n, (x, en) => en === g[0] && x.type === 'country').map((x) => x[1])[0];
      if (d && d.type === 'country') {
        country = d.country;
        end = g![0];
      }
    }
    if (!country) continue;
    let k = keys[end] === "'s" ? end + 1 : end;
    // "Russian and Ukrainian negotiators": the first demonym shares the second one's agent noun
    let shared = false;
    if ((keys[k] === 'and' || keys[k] === 'or') && !cover[k + 1]) {
      const g2 = gazAt(sc, k + 1);
      if (g2 && demonymAt(sc, k + 1, g2[0]) && lex.agents.longest(keys, g2[0], n)) {
        k = g2[0];
        shared = true;
      }
    }
    const a = !cover[k] ? lex.agents.longest(keys, k, n) : null;
    if (!a) {
      stateOffice(sc, i, k, cm, country);
      continue;
    }
    // "military intervention", "government spending": an agent word used as an adjective
    if (a[0] - k === 1 && keys[k] === 'military' && (toks[a[0]]?.pos === 'NOUN' || toks[a[0]]?.pos === 'ADJ')) continue;
    let j = a[0];
    const delegates = a[1] === 'delegation' || DELEGATION.has(keys[j]);
    const ref: Ref = a[1] === 'delegation' ? { t: 'country', country, form: 'name' } : { t: 'agent', country, cls: a[1] };
    if (shared) {
      if (cm) dropMention(sc, cm);
      addMention(sc, { s: v.index, i, j: end, argStart: i, ref, delegates });
      continue;
    }
    if (a[1] !== 'delegation' && DELEGATION.has(keys[j])) j++;
    if (cm) dropMention(sc, cm);
    addMention(sc, { s: v.index, i, j, argStart: i, ref, delegates });
    // "Syrian opposition and government delegates": a coordinated bare agent noun shares the country
    if (ref.t === 'agent' && (keys[j] === 'and' || keys[j] === 'or') && !cover[j + 1]) {
      const b = lex.agents.longest(keys, j + 1, n);
      if (b && b[1] !== 'delegation') {
        const jj = DELEGATION.has(keys[b[0]]) ? b[0] + 1 : b[0];
        addMention(sc, { s: v.index, i: j + 1, j: jj, argStart: j + 1, ref: { t: 'agent', country, cls: b[1] }, delegates: jj > b[0] });
        if (jj > b[0]) sc.out[sc.out.length - 2].delegates = true;
      }
    }
    i = j - 1;
  }
}
