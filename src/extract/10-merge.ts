/**
 * Step 10 — cross-document merging: republished copies (most of their 8-word shingles
 * appear in an earlier document) get `duplicateOf`; actors merge by id (names, aliases,
 * mentions); the same claim (source, target, family, negation) from several documents
 * becomes one relation whose evidence lists each document, with `corroboratedBy`.
 */
import type { RelationDraft } from './09-relations';
import type { ActorKind, Mention } from './schema';

/** Shingle size and the share of a document's shingles found in an earlier one that makes it a copy. */
const SHINGLE = 8;
const COPY_SHARE = 0.5;
const MAX_OWNERS = 8;
/** corroboratedBy lists at most this many other documents (a claim in every article of a big corpus would be quadratic). */
export const MAX_CORROBORATION = 25;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * 32-bit hashes of the document's 8-word shingles. Words are runs of letters and digits,
 * lower-cased and hashed (FNV-1a) as they are scanned, so no word strings are built.
 */
export function shingles(text: string): Set<number> {
  const wh: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        h = Math.imul(h ^ c, 0x01000193);
        inWord = true;
        continue;
      }
    } else {
      // non-ASCII: one code point (a surrogate pair counts as one), lower-cased as a string
      const ch = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i];
      i += ch.length - 1;
      if (WORD_CHAR.test(ch)) {
        const low = ch.toLowerCase();
        for (let k = 0; k < low.length; k++) h = Math.imul(h ^ low.charCodeAt(k), 0x01000193);
        inWord = true;
        continue;
      }
    }
    if (inWord) {
      wh.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) wh.push(h >>> 0);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= wh.length; i++) {
    let sh = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k++) sh = Math.imul(sh ^ wh[k], 0x01000193);
    out.add(sh >>> 0);
  }
  return out;
}

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
  // shared-shingle counts per earlier document: one reusable array, reset through `touched`
  const shared = new Int32Array(docs.length);
  const touched: number[] = [];
  return docs.map((d, idx) => {
    const sh = shingles(d.text);
    sizes.push(sh.size);
    for (const h of sh) {
      const list = owner.get(h);
      if (!list) continue;
      for (const o of list) if (shared[o]++ === 0) touched.push(o);
    }
    let best: number | null = null;
    let bestShare = COPY_SHARE;
    // earliest first: of two equally good originals, the older one wins
    touched.sort((a, b) => a - b);
    for (const o of touched) {
      const share = shared[o] / Math.max(1, Math.min(sh.size, sizes[o]));
      shared[o] = 0;
      if (share > bestShare) {
        best = o;
        bestShare = share;
      }
    }
    touched.length = 0;
    for (const h of sh) {
      const list = owner.get(h);
      // a few earlier owners per shingle suffice to find an original; keeps boilerplate-heavy corpora linear
      if (list && list.length < MAX_OWNERS) list.push(idx);
      else if (!list) owner.set(h, [idx]);
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

/** A relation of one document as 09 found it; merging keeps the same shape. */
export type RelationRecord = RelationDraft;

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
