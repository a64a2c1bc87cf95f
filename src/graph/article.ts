/**
 * An article's text as paragraphs of sentence pieces (offsets only), so the reader can
 * render real paragraphs and wrap each sentence in its own element.
 */
import type { GraphDocument } from '../extract/schema';

export interface ArticlePiece {
  start: number;
  end: number;
  /** The sentence this piece belongs to, if any (text between sentences has none). */
  sentence?: string;
}

export interface ArticleParagraph {
  start: number;
  end: number;
  pieces: ArticlePiece[];
}

/** Splits the text on blank lines (or single newlines) and cuts each paragraph at sentence bounds. */
export function articleParagraphs(doc: GraphDocument): ArticleParagraph[] {
  const text = doc.text;
  const paras: ArticleParagraph[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].trim()) paras.push({ start: m.index, end: m.index + m[0].length, pieces: [] });
  }
  const sentences = [...doc.sentences].sort((a, b) => a.start - b.start);
  for (const p of paras) {
    let at = p.start;
    for (const s of sentences) {
      if (s.end <= p.start || s.start >= p.end) continue;
      const a = Math.max(s.start, p.start);
      const b = Math.min(s.end, p.end);
      if (a > at) p.pieces.push({ start: at, end: a });
      p.pieces.push({ start: a, end: b, sentence: s.id });
      at = b;
    }
    if (at < p.end) p.pieces.push({ start: at, end: p.end });
  }
  return paras;
}
