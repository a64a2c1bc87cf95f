/**
 * Step 06g — personal names without a title: "signed by Gerardo Blyde for the opposition",
 * "primary winner Maria Corina Machado". Most people are introduced with a title (06d) or
 * an apposition (06e); this pass takes the rest, conservatively, because a capitalised
 * pair is just as often a place ("Shan State", "Cabo Delgado") or a thing: two to four
 * proper nouns the lexicon does not know, not after "the" or a place preposition, not
 * ending in or followed by a geographic word.
 */
import { GENERIC_ORG_WORDS } from './06a-org-names';
import { gazAt, isName, nameAt, personAt, type Scan } from './06-scan';

/** Place words: a name ending in, or followed by, one of these is a place. */
const GEO = new Set(
  (
    'state states strip bank sea ocean gulf province region city island islands valley river mountains mountain coast corridor ' +
    'district county border peninsula desert lake plain plains plateau basin square street road bridge airport port camp'
  ).split(' '),
);
/** Words before a capitalised pair that make it a place, a date or a thing rather than a person. */
const NOT_PERSON_BEFORE = new Set(
  'the in at from to into near across through towards toward northern southern eastern western central north south east west of'.split(' '),
);

/** Pass G over one sentence. */
export function bareNames(sc: Scan): void {
  const { toks, keys, n, lex, cover } = sc;
  if (sc.headline) return;
  for (let i = 0; i + 1 < n; i++) {
    if (cover[i] || !isName(toks[i]) || toks[i].pos !== 'PROPN' || gazAt(sc, i) || lex.titles.longest(keys, i, n)) continue;
    if (i > 0 && (toks[i - 1].upper || NOT_PERSON_BEFORE.has(keys[i - 1]))) continue;
    const end = nameAt(toks, cover, i, lex);
    const names = toks.slice(i, end).filter((t) => t.upper);
    // two to four capitalised words; particles, hyphens and a nickname's quotes may sit between them
    if (names.length < 2 || names.length > 4 || end - i - names.length > 3) continue;
    const plain = names.every((t, x) => t.pos === 'PROPN' && !GENERIC_ORG_WORDS.has(t.key) && !lex.orgHeads.has(t.key) && (x === 0 || !gazAt(sc, i + x)));
    if (!plain || GEO.has(keys[end - 1]) || GEO.has(keys[end] ?? '') || toks[end]?.upper) continue;
    // sentence-initial capitals prove nothing: there the name must act ("Mahmoud Abbas met …") or be set off
    // "Nagorno-Karabakh", "Bosnia-Herzegovina": two capitalised halves of one hyphenated word are a place
    if (names.length === 2 && end - i === 3 && toks[i + 1].text === '-') continue;
    if (i === 0 && !(keys[end] === ',' || toks[end]?.pos === 'VERB' || toks[end]?.pos === 'AUX')) continue;
    personAt(sc, i, end);
    i = end - 1;
  }
}
