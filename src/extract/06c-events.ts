/**
 * Step 06c — event mentions: "peace talks", "cease-fire", "Geneva talks", "talks in
 * Geneva". A capitalised word next to the event noun is its venue when it is not a
 * known actor (a capital city is a place here).
 */
import { addMention, isName, titleCase, type Scan } from './06-scan';

/** An unknown capitalised word or a capital city: a venue, not an actor. */
function isPlace(sc: Scan, k: number): boolean {
  const g = sc.lex.gazetteer.longest(sc.keys, k, k + 1);
  return !g || (g[1].type === 'country' && g[1].form === 'capital');
}

/** Pass C over one sentence. */
export function eventMentions(sc: Scan): void {
  const { toks, keys, n, lex, cover, v } = sc;
  for (let i = 0; i < n; i++) {
    if (cover[i]) continue;
    const e = lex.events.longest(keys, i, n);
    if (!e) continue;
    let [j] = e;
    let start = i;
    let venue: string | undefined;
    const before = toks[i - 1];
    if (isName(before) && !cover[i - 1] && i - 1 > 0 && isPlace(sc, i - 1)) {
      venue = before.text;
      start = i - 1;
    } else if (keys[j] === 'in' && isName(toks[j + 1]) && !cover[j + 1] && isPlace(sc, j + 1)) {
      venue = toks[j + 1].text;
      j += 2;
    }
    addMention(sc, { s: v.index, i: start, j, argStart: start, ref: { t: 'event', cls: e[1], venue: venue && titleCase(venue) } });
    i = j - 1;
  }
}
