/**
 * Step 06f — armed units named only by a proper noun before a common noun: "Danab special
 * forces", "Amhara regional forces", "the M23 rebels", "its KFOR peacekeeping force", and
 * "clan militias known as Macawisley". The proper noun is the unit's name; the noun after
 * it says what kind of actor it is. Known names, countries and demonyms were taken by
 * 06a/06b, so what is left here is a name the lexicon does not know.
 */
import type { ActorKind } from './schema';
import { GENERIC_ORG_WORDS } from './06a-org-names';
import { addMention, gazAt, isName, type Scan, type Tok } from './06-scan';

/** Lower-case unit nouns and the actor kind they give the name before them. */
// a Map, not an object: a token such as "constructor" must not find Object.prototype's members
const UNITS = new Map<string, ActorKind>(Object.entries({
  forces: 'military',
  force: 'military',
  troops: 'military',
  brigade: 'military',
  brigades: 'military',
  battalion: 'military',
  regiment: 'military',
  militia: 'armed_group',
  gang: 'armed_group',
  gangs: 'armed_group',
  coalition: 'armed_group',
  militias: 'armed_group',
  mercenaries: 'armed_group',
  rebels: 'armed_group',
  fighters: 'armed_group',
  insurgents: 'armed_group',
  guerrillas: 'armed_group',
  paramilitaries: 'armed_group',
}) as Array<[string, ActorKind]>);
/** Lower-case words allowed between the name and the unit noun. */
const UNIT_MODS = new Set(['gang', 'regional', 'special', 'elite', 'paramilitary', 'peacekeeping', 'militia', 'security', 'rebel', 'mercenary', 'clan']);

/** "Kurdish", "Islamist", "Tigrayan": an adjective names a kind of fighter, so the whole phrase is the name. */
const ADJECTIVAL = /(?:ist|ish|ese|ian|an|ic|i)$/;

/** A token that can be (part of) a unit's own name: a proper noun, an acronym, "M23". */
function nameTok(sc: Scan, k: number): boolean {
  const t = sc.toks[k];
  if (!t || !t.upper) return false;
  // "Government forces", "Security forces", "Opposition fighters": agent and generic words are not names
  if (sc.lex.agents.longest(sc.keys, k, k + 1) || GENERIC_ORG_WORDS.has(t.key) || sc.lex.nonNames.has(t.key)) return false;
  if (/\d/.test(t.text) && /^\p{Lu}[\p{Lu}\d-]{1,9}$/u.test(t.text)) return true;
  if (/^\p{Lu}{2,8}$/u.test(t.text)) return true;
  return t.pos === 'PROPN' && isName(t);
}

/** "jihadist insurgents", "separatist rebels": an ideology makes a group of its own, not "the rebels" of 07. */
const IDEOLOGY = new Set(['jihadist', 'islamist', 'separatist', 'secessionist', 'extremist', 'salafist', 'salafi', 'maoist', 'marxist', 'nationalist', 'royalist']);
const GROUP_NOUNS = new Set(['insurgents', 'militants', 'fighters', 'rebels', 'guerrillas', 'groups', 'militias']);

/** Pass F over one sentence. */
export function namedUnits(sc: Scan): void {
  const { toks, keys, n, cover, v } = sc;
  for (let i = 0; i < n; i++) {
    if (!cover[i] && !cover[i + 1] && IDEOLOGY.has(keys[i]) && GROUP_NOUNS.has(toks[i + 1]?.text ?? '')) {
      addMention(sc, { s: v.index, i, j: i + 2, argStart: i, ref: { t: 'org', name: `${toks[i].text} ${toks[i + 1].text}`, kind: 'armed_group' } });
      i++;
      continue;
    }
    if (cover[i] || !nameTok(sc, i) || gazAt(sc, i)) continue;
    // the name: up to three proper-noun tokens, none known to the lexicon
    let j = i + 1;
    while (j < n && j - i < 3 && !cover[j] && nameTok(sc, j) && !gazAt(sc, j)) j++;
    // "known as Macawisley": the unit noun comes before the name
    if (keys[i - 1] === 'as' && keys[i - 2] === 'known' && UNITS.has(keys[i - 3]) && !cover[i - 3]) {
      addMention(sc, { s: v.index, i, j, argStart: i, ref: { t: 'org', name: text(toks, i, j), kind: UNITS.get(keys[i - 3])! } });
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && k - j < 2 && UNIT_MODS.has(toks[k].text)) k++;
    const kind = UNITS.get(toks[k]?.text ?? '');
    if (!kind || cover[k]) continue;
    const adjectival = j === i + 1 && ADJECTIVAL.test(keys[i]);
    addMention(sc, { s: v.index, i, j: k + 1, argStart: i, ref: { t: 'org', name: adjectival ? `${text(toks, i, j)} ${toks[k].text}` : text(toks, i, j), kind } });
    i = k;
  }
}

function text(toks: Tok[], i: number, j: number): string {
  let s = '';
  for (let k = i; k < j; k++) s += (k > i && toks[k].start > toks[k - 1].end ? ' ' : '') + toks[k].text;
  return s;
}
