/**
 * Step 06a, organisation names — a capitalised run ending in an organisation head noun
 * ("Moscow Carnegie Center", "Research Center on Central Asia", "Forces for Freedom and
 * Change"), unless known names cover it or it is a generic office ("Foreign Ministry").
 */
import type { ActorKind } from './schema';
import { gazAt, isName, type Scan } from './06-scan';

const ORG_TAIL = new Set(['on', 'for', 'of']);
/** Words of a name that any state's institutions share ("Foreign Ministry", "National Security Council"). */
export const GENERIC_ORG_WORDS = new Set(
  (
    'foreign defense defence interior health justice finance information ministry office department ' +
    'presidential council committee army forces national security general military press media the of ' +
    'state central command armed special high supreme'
  ).split(' '),
);
/** A generic run ending in one of these is a state's own office: "Chinese Foreign Ministry" is China. */
export const STATE_OFFICE = /^(ministry|department|office)$/;
/** "People's Defence Force", "Workers' Party": a common-noun possessor inside an organisation's name. */
const NAME_POSSESSORS = new Set(['people', 'workers', 'women', 'children', 'martyrs', 'farmers', 'patriots', 'peasants', 'mothers', 'youth']);
const COMPASS = /^(west|east|north|south|western|eastern|northern|southern)$/;
// "the World Bank on Monday": a weekday or month after "on"/"in" is a date, not the name's tail
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const LETTER = /\p{L}/u;

/** The organisation name starting at token i, or null. */
export function orgAt(sc: Scan, i: number): { end: number; name: string; kind: ActorKind } | null {
  const { toks, keys, lex } = sc;
  if (!isName(toks[i]) && !(toks[i]?.upper && /^[A-Z]/.test(toks[i].text) && toks[i].text.length > 1)) return null;
  if (lex.nonNames.has(keys[i])) return null;
  let j = i;
  let head = -1;
  while (j < toks.length) {
    const t = toks[j];
    if (t.upper && LETTER.test(t.text)) {
      if (lex.orgHeads.has(keys[j])) head = j;
      j++;
    } else if (t.text === '-' && toks[j + 1]?.upper) j++;
    else if (j === i + 1 && (keys[j] === "'s" || keys[j] === "'") && NAME_POSSESSORS.has(keys[i]) && toks[j + 1]?.upper) j++;
    // "Forces for Freedom and Change": a capitalised conjunct inside the name's tail
    else if (head >= 0 && j > head + 1 && ORG_TAIL.has(keys[head + 1]) && keys[j] === 'and' && isName(toks[j + 1]) && !gazAt(sc, j + 1)) j++;
    else if (
      head >= 0 &&
      head === j - 1 &&
      ORG_TAIL.has(keys[j]) &&
      toks[j + (keys[j + 1] === 'the' ? 2 : 1)]?.upper &&
      !CALENDAR.test(keys[j + 1]) &&
      // "the Minsk Group of the Organization for Security …": a known organisation is its own name
      !gazAt(sc, j + (keys[j + 1] === 'the' ? 2 : 1))
    )
      j += keys[j + 1] === 'the' ? 2 : 1;
    else break;
  }
  if (head < 0) return null;
  // trailing capitalised words after the head belong to it only through a tail ("on Central Asia")
  let end = j;
  if (end > head + 1 && !ORG_TAIL.has(keys[head + 1])) end = head + 1;
  if (end - i < 2) return null;
  // "West Bank", "East Bank": a compass word + one head noun names a region, and places are not actors
  if ((head === i + 1 && COMPASS.test(keys[i])) || (head === i && COMPASS.test(keys[i - 1] ?? ''))) return null;
  // covered entirely by known names ("U.S. State Department", "Syrian Army") → not a new organisation
  let k = i;
  while (k < end) {
    const g = gazAt(sc, k);
    if (!g) break;
    k = g[0];
  }
  if (k >= end) return null;
  // "Chinese Foreign Ministry", "Russian Defence Ministry": a country's own office is that country (06b)
  if (i < k && gazAt(sc, i)?.[1].type === 'country' && STATE_OFFICE.test(keys[end - 1])) {
    let x = k;
    while (x < end && GENERIC_ORG_WORDS.has(keys[x])) x++;
    if (x === end) return null;
  }
  // "Sudanese Armed Forces": a country + agent noun is step 06b's, not a new organisation
  if (i < k && lex.agents.longest(keys, k, end)?.[0] === end) return null;
  // "Foreign Ministry", "Defence Ministry": generic names belong to whoever owns them, not a new actor
  let generic = true;
  for (let x = i; x < end && generic; x++) generic = GENERIC_ORG_WORDS.has(keys[x]);
  if (generic) return null;
  const name = toks
    .slice(i, end)
    .map((t, x, arr) => (x > 0 && t.start > arr[x - 1].end ? ' ' : '') + t.text)
    .join('');
  return { end, name, kind: lex.orgHeads.get(keys[head])! };
}
