/**
 * Step 06e — names whose title comes after them: "Khalifa Haftar, the commander of the
 * Libyan National Army," (apposition), and leaders named by a passive: "commanded by
 * Mohamed Hamdan Dagalo".
 */
import { isName, nameAt, personAt, type Mention, type Scan } from './06-scan';

const OF_AT = /^(of|at|with|for)$/;
const LED = /^(led|headed|commanded|chaired)$/;

/** The organisation after "the commander of (the) …", if a mention sits there. */
function ofHolder(sc: Scan, titleEnd: number): Mention | null {
  const { keys, cover } = sc;
  if (!OF_AT.test(keys[titleEnd] ?? '')) return null;
  return cover[keys[titleEnd + 1] === 'the' ? titleEnd + 2 : titleEnd + 1];
}

/** Pass D3 over one sentence: name, title in apposition. */
export function appositiveTitles(sc: Scan): void {
  const { toks, keys, n, lex, cover, v } = sc;
  if (sc.headline) return;
  for (let i = 2; i < n; i++) {
    if (cover[i]) continue;
    const t = lex.titles.longest(keys, i, n);
    if (!t || nameAt(toks, cover, t[0], lex) > t[0]) continue;
    let q = i - 1;
    if (keys[q] === "'s" && cover[q - 1]) q--;
    const prefix = cover[q] && cover[q]!.ref.t !== 'person' ? cover[q] : null;
    if (prefix) q = prefix.i - 1;
    if (keys[q] === 'the' || keys[q] === 'a' || keys[q] === 'an') q--;
    if (keys[q] !== ',') continue;
    // the name was already found with a title of its own ("President Olusegun Obasanjo, the AU's special envoy")
    const known = cover[q - 1]?.ref.t === 'person' ? cover[q - 1]! : null;
    if (known) {
      const holder = prefix ?? ofHolder(sc, t[0]);
      if (holder) {
        holder.modifier = true;
        sc.links.push({ person: known, holder, edge: t[1] !== 'leader', cls: t[1], s: v.index, ti: i, tj: t[0] });
      }
      i = t[0] - 1;
      continue;
    }
    let p = q;
    while (p > 0 && q - p < 5 && !cover[p - 1] && (isName(toks[p - 1]) || lex.particles.has(keys[p - 1]) || toks[p - 1].text === '-')) p--;
    while (p < q && !isName(toks[p])) p++;
    if (q - p < 2 || nameAt(toks, cover, p, lex) !== q) continue;
    const holder = prefix ?? ofHolder(sc, t[0]);
    if (holder) holder.modifier = true;
    const person = personAt(sc, p, q);
    sc.links.push({ person, holder, edge: !!holder && t[1] !== 'leader', cls: t[1], s: v.index, ti: i, tj: t[0] });
    i = t[0] - 1;
  }
}

/** Pass D4 over one sentence: "commanded by Mohamed Hamdan Dagalo", the leader named by a passive. */
export function passiveLeaders(sc: Scan): void {
  const { toks, keys, n, lex, cover } = sc;
  for (let i = 1; i + 2 < n; i++) {
    if (keys[i] !== 'by' || !LED.test(keys[i - 1]) || cover[i + 1]) continue;
    // "led by Prime Minister X": the title is not part of the name (06d tied it already)
    if (lex.titles.longest(keys, i + 1, n)) continue;
    const e = nameAt(toks, cover, i + 1, lex);
    if (e - (i + 1) >= 2) personAt(sc, i + 1, e);
  }
}
