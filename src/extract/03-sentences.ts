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

/** The wink-nlp instance, loaded once per process / worker (model loading costs ~100 ms). */
export function nlp(): Nlp {
  if (!nlpSingleton) nlpSingleton = winkNLP(model);
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

/**
 * Splits text into blocks that no sentence may cross: paragraphs (blank lines) and lines.
 * A single line break is kept inside a block only when it looks like a hard wrap: the
 * line before does not end a sentence and the next line starts in lower case.
 */
export function textBlocks(text: string): SentenceSpan[] {
  const blocks: SentenceSpan[] = [];
  const lineRe = /[^\n]+/g;
  let cur: SentenceSpan | null = null;
  let prevEnd = -1;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    const end = start + trimmed.length;
    const gap = text.slice(prevEnd, m.index);
    const blankLine = /\n[^\S\n]*\n/.test(gap);
    const prevText = cur ? text.slice(cur.start, cur.end) : '';
    const hardWrap = cur && !blankLine && !/[.!?:;"”’)\]]$/.test(prevText) && /^[\p{Ll}\d(]/u.test(trimmed);
    if (cur && hardWrap) cur.end = end;
    else {
      cur = { start, end };
      blocks.push(cur);
    }
    prevEnd = end;
  }
  return blocks;
}

const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Segments cleaned text into sentences and tokens. Never throws; every span lies within
 * the text, sentences are ordered and non-overlapping, and each token lies in its sentence.
 */
export function segment(text: string): Segmented {
  const its = nlp().its;
  const sentences: SentenceSpan[] = [];
  const tokens: Token[] = [];
  for (const block of textBlocks(text)) {
    const doc = nlp().readDoc(text.slice(block.start, block.end));
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    // wink's typings lack `lemma` as a token its-function; it is one at runtime.
    const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.normal) as string[];
    const perSentence: number[] = [];
    doc.sentences().each((s: { tokens(): { length(): number } }) => {
      perSentence.push(s.tokens().length());
    });

    // Recover offsets: wink's token value + preceding whitespace reproduce the text;
    // if they ever drift (normalised characters), search forward instead.
    let cursor = block.start;
    const spans: SentenceSpan[] = values.map((v, i) => {
      let at = cursor + spaces[i].length;
      if (text.startsWith(v, at)) {
        cursor = at + v.length;
        return { start: at, end: cursor };
      }
      const found = text.indexOf(v, cursor);
      if (found >= 0 && found + v.length <= block.end) at = found;
      else while (at < block.end && /\s/.test(text[at])) at++;
      at = Math.min(at, block.end);
      const end = Math.min(block.end, Math.max(at, at + v.length));
      cursor = end;
      return { start: at, end };
    });

    let t = 0;
    for (const count of perSentence) {
      const first = t;
      t += count;
      if (count === 0) continue;
      const start = spans[first].start;
      const end = spans[t - 1].end;
      const words = values.slice(first, t).some((v) => WORDISH.test(v));
      const prev = sentences[sentences.length - 1];
      const prevInBlock = prev && prev.end > block.start;
      // A fragment with no word (a stray closing quote) belongs to the sentence before, and
      // so does one glued to it in lower case ("example.comGeneral" is not two sentences).
      const glued = prevInBlock && prev.end === start && /^\p{Ll}/u.test(text.slice(start, start + 1));
      if ((!words && prevInBlock) || glued || end <= start) {
        if (prevInBlock && end > start) {
          prev.end = Math.max(prev.end, end);
          for (let k = first; k < t; k++) pushToken(k, sentences.length - 1);
        }
        continue;
      }
      sentences.push({ start, end });
      for (let k = first; k < t; k++) pushToken(k, sentences.length - 1);
    }

    function pushToken(k: number, sentence: number): void {
      const sp = spans[k];
      if (sp.end <= sp.start) return;
      tokens.push({
        start: sp.start,
        end: sp.end,
        text: text.slice(sp.start, sp.end),
        pos: pos[k] ?? 'X',
        lemma: (lemmas[k] ?? values[k]).toLowerCase(),
        sentence,
      });
    }
  }
  return { sentences, tokens };
}
