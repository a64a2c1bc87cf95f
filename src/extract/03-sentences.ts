/**
 * Step 03 — sentences and tokens with exact character offsets into the cleaned text.
 *
 * wink-nlp does the tokenising, POS tagging and sentence detection (it knows abbreviations
 * such as "U.N.", "Gen.", "a.m." and splits glued quotes like `talks.”It`). We add what a
 * raw-text splitter needs on top: paragraph/line structure as hard boundaries (headlines
 * and short lines are sentences of their own), offsets recovered by walking the text, and
 * punctuation-only fragments folded into their neighbour.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './types';

type Nlp = ReturnType<typeof winkNLP>;
let nlpSingleton: Nlp | null = null;

/**
 * The wink-nlp instance, loaded once per process / worker (model loading costs ~100 ms).
 * Only sentence detection and POS tagging run: negation, sentiment and wink's own NER are
 * not used downstream, and skipping them makes readDoc 1.5–3× faster (same tokens, tags, lemmas).
 */
export function nlp(): Nlp {
  if (!nlpSingleton) nlpSingleton = winkNLP(model, ['sbd', 'pos']);
  return nlpSingleton;
}

/** A sentence span before ids and dates are attached. */
export interface SentenceSpan {
  start: number;
  end: number;
}

export interface Segmented {
  sentences: SentenceSpan[];
  /** Tokens in text order; `token.sentence` indexes into `sentences`. */
  tokens: Token[];
}

const WORDISH = /[\p{L}\p{N}]/u;
const ENDS_LINE = /[.!?:;"”’)\]]$/;
/** Sentences longer than this (characters) are cut at a comma, longer than twice this anywhere. */
export const MAX_SENTENCE = 1000;
/** Texts are read by wink in chunks of about this size, cut at paragraph breaks. */
const CHUNK = 200_000;

/** Chunks of the text, cut at blank lines, so one huge document never becomes one huge wink doc. */
function chunks(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n\n', end);
      end = cut > start ? cut : Math.max(end, text.indexOf('\n', end) + 1 || text.length);
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

/**
 * Segments cleaned text into sentences and tokens. Never throws; every span lies within
 * the text, sentences are ordered and non-overlapping, and each token lies in its sentence.
 */
export function segment(text: string): Segmented {
  const sentences: SentenceSpan[] = [];
  const tokens: Token[] = [];
  for (const c of chunks(text)) segmentChunk(text, c, sentences, tokens);
  return { sentences, tokens };
}

function segmentChunk(text: string, chunk: SentenceSpan, sentences: SentenceSpan[], tokens: Token[]): void {
  const its = nlp().its;
  const doc = nlp().readDoc(text.slice(chunk.start, chunk.end));
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  // wink's typings lack `span` as an its-function; it exists at runtime. Lemmas are not read:
  // nothing downstream needs them and computing them costs ~10% of readDoc's output time.
  const winkSpans = doc.sentences().out(its.span as unknown as typeof its.value) as unknown as [number, number][];

  // Offsets: wink's token value + preceding whitespace reproduce the text; if they ever
  // drift (normalised characters), search forward instead.
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  let cursor = chunk.start;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let at = cursor + spaces[i].length;
    if (!text.startsWith(v, at)) {
      const found = text.indexOf(v, cursor);
      if (found >= 0 && found + v.length <= chunk.end) at = found;
      else while (at < chunk.end && /\s/.test(text[at])) at++;
      at = Math.min(at, chunk.end);
    }
    starts[i] = at;
    ends[i] = Math.min(chunk.end, at + v.length);
    cursor = ends[i];
  }

  // wink emits line breaks as tokens; they are gaps here, the line structure is read below.
  const winkStart = new Uint8Array(values.length + 1);
  for (const [first] of winkSpans) if (first > 0 && first < values.length) winkStart[first] = 1;
  const idx: number[] = [];
  let pendingStart = 0;
  const startFlag: number[] = [];
  for (let i = 0; i < values.length; i++) {
    pendingStart |= winkStart[i];
    if (values[i].charCodeAt(0) <= 32 || ends[i] <= starts[i]) continue; // line-break tokens
    idx.push(i);
    startFlag.push(pendingStart);
    pendingStart = 0;
  }

  // Boundaries between kept tokens: 2 = forced (line structure), 1 = wink's sentence start.
  const boundary = new Uint8Array(idx.length);
  for (let k = 1; k < idx.length; k++) {
    const i = idx[k];
    const p = idx[k - 1];
    const gapLen = starts[i] - ends[p];
    // most gaps are one space: look for a line break without slicing a string per token
    let lineBreak = false;
    for (let c = ends[p]; c < starts[i] && !lineBreak; c++) lineBreak = text.charCodeAt(c) === 10;
    if (lineBreak) {
      const gap = text.slice(ends[p], starts[i]);
      const hardWrap = !/\n[^\S\n]*\n/.test(gap) && !ENDS_LINE.test(values[p]) && /^[\p{Ll}\d(]/u.test(values[i]);
      boundary[k] = hardWrap ? 0 : 2;
    } else if (startFlag[k] && !(gapLen === 0 && /^\p{Ll}/u.test(values[i]))) {
      boundary[k] = 1; // but "example.comGeneral" is not two sentences
    }
  }

  let first = 0;
  const flush = (end: number, forcedBefore: boolean) => {
    if (end <= first) return;
    const prev = sentences[sentences.length - 1];
    let words = false;
    for (let k = first; k < end && !words; k++) words = WORDISH.test(values[idx[k]]);
    // A fragment with no word (a stray closing quote) belongs to the sentence before.
    const merge = !words && !forcedBefore && prev !== undefined && prev.end > chunk.start;
    if (merge) prev.end = Math.max(prev.end, ends[idx[end - 1]]);
    else sentences.push({ start: starts[idx[first]], end: ends[idx[end - 1]] });
    const si = sentences.length - 1;
    for (let k = first; k < end; k++) {
      const i = idx[k];
      tokens.push({ start: starts[i], end: ends[i], text: text.slice(starts[i], ends[i]), pos: pos[i] ?? 'X', sentence: si });
    }
  };
  let forced = true;
  for (let k = 1; k <= idx.length; k++) {
    if (k === idx.length || boundary[k]) {
      // Run-on "sentences" (lists, tables, text without punctuation) are cut into pieces so
      // later steps never face one huge sentence: at a comma/semicolon past the soft limit,
      // anywhere past the hard one.
      for (let j = first + 1; j < k; j++) {
        const len = ends[idx[j]] - starts[idx[first]];
        if ((len > MAX_SENTENCE && /^[,;:—–]$/.test(values[idx[j - 1]])) || len > 2 * MAX_SENTENCE) {
          flush(j, forced);
          forced = true;
          first = j;
        }
      }
      flush(k, forced);
      forced = boundary[k] === 2;
      first = k;
    }
  }
}
