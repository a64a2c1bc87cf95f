/**
 * Step 10 — cross-document merging: republished copies (most of their 8-word shingles
 * appear in an earlier document) get `duplicateOf`; actors merge by id (names, aliases,
 * mentions); the same claim (source, target, family, negation) from several documents
 * becomes one relation whose evidence lists each document, with `corroboratedBy`.
 */
import type { ActorKind, Evidence, Family, Mention } from './schema';

/** Shingle size and the share of a document's shingles found in an earlier one that makes it a copy. */
const SHINGLE = 8;
const COPY_SHARE = 0.5;
const MAX_OWNERS = 8;
/** corroboratedBy lists at most this many other documents (a claim in every article of a big corpus would be quadratic). */
export const MAX_CORROBORATION = 25;

/** 32-bit hashes of the document's 8-word shingles (word hashes combined, no string building). */
export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // news prose reuses few distinct words: hash each once
  const wh = new Array<number>(words.length);
  for (let i = 0; i < words.length; i++) {
    let h = wordHash.get(words[i]);
    if (h === undefined) {
      h = fnv1a(words[i]);
      if (wordHash.size < 200000) wordHash.set(words[i], h);
    }
    wh[i] = h;
  }
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= wh.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k++) h = Math.imul(h ^ wh[k], 0x01000193);
    out.add(h >>> 0);
  }
  return out;
}

const wordHash = new Map<string, number>();

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit integer. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * For each document (in the given order), the id of the earlier document it republishes,
 * or null. Uses an inverted index of shingles, so cost is linear in total text size.
 */
export function findDuplicates(docs: Array<{ id: string; text: string }>): Array<string | null> {
  const owner = new Map<number, number[]>();
  const sizes: number[] = [];
  return docs.map((d, idx) => {
    const sh = shingles(d.text);
    sizes.push(sh.size);
    const shared = new Map<number, number>();
    for (const h of sh) for (const o of owner.get(h) ?? []) shared.set(o, (shared.get(o) ?? 0) + 1);
    let best: number | null = null;
    let bestShare = COPY_SHARE;
    for (const [o, n] of shared) {
      const share = n / Math.max(1, Math.min(sh.size, sizes[o]));
      if (share > bestShare) {
        best = o;
        bestShare = share;
      }
    }
    for (const h of sh) {
      const list = owner.get(h);
      // a few earlier owners per shingle suffice to find an original; keeps boilerplate-heavy corpora linear
      if (list && list.length < MAX_OWNERS) list.push(idx);
      else if (list) continue;
      else owner.set(h, [idx]);
    }
    return best === null ? null : docs[best].id;
  });
}

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation: string | null;
  aliases: string[];
  mentions: Mention[];
}

export interface RelationRecord {
  source: string;
  target: string;
  family: Family;
  type: string;
  negated: boolean;
  evidence: Evidence[];
}

/** Merges the actors of several documents by id. */
export function mergeActors(lists: ActorRecord[][]): ActorRecord[] {
  const byId = new Map<string, ActorRecord>();
  for (const list of lists)
    for (const a of list) {
      const m = byId.get(a.id);
      if (!m) {
        byId.set(a.id, { ...a, aliases: [...a.aliases], mentions: [...a.mentions] });
        continue;
      }
      for (const al of a.aliases) if (!m.aliases.includes(al)) m.aliases.push(al);
      m.mentions.push(...a.mentions);
      m.affiliation ??= a.affiliation;
    }
  return [...byId.values()];
}

/** Merges the same claim across documents and fills `corroboratedBy`. */
export function mergeRelations(lists: RelationRecord[][]): RelationRecord[] {
  const byKey = new Map<string, RelationRecord>();
  for (const list of lists)
    for (const r of list) {
      const key = `${r.source}|${r.target}|${r.family}|${r.negated}`;
      const m = byKey.get(key);
      if (m) m.evidence.push(...r.evidence.map((e) => ({ ...e })));
      else byKey.set(key, { ...r, evidence: r.evidence.map((e) => ({ ...e })) });
    }
  for (const r of byKey.values()) {
    const docs = [...new Set(r.evidence.map((e) => e.doc))].slice(0, MAX_CORROBORATION + 1);
    for (const e of r.evidence) {
      const others = docs.filter((d) => d !== e.doc).slice(0, MAX_CORROBORATION);
      if (others.length) e.corroboratedBy = others;
      else delete e.corroboratedBy;
    }
  }
  return [...byKey.values()];
}
