/**
 * Internal types shared by the pipeline's steps. The boundary between the text layer
 * (steps 01–04: ingest, clean, sentences, dates) and the semantic layer (steps 05+:
 * actors, relations, merging) is `PreparedDocument`.
 */
import type { Sentence } from './schema';

/** A token with character offsets into the cleaned document text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ADP, …). */
  pos: string;
  /** Index into PreparedDocument.sentences. */
  sentence: number;
}

/** One document after the text layer: cleaned text, sentences with dates, tokens. */
export interface PreparedDocument {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) used as reference for relative dates, or null when unknown. */
  publishedAt: string | null;
  /** Where publishedAt came from: given with the input, or found in a dateline/byline. */
  publishedAtFrom: 'input' | 'text' | null;
  /** Cleaned article text; every offset indexes into it. */
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  /**
   * Offset where the article body starts: text before it is the headline kept from the raw
   * page (no relations there, but its sentences exist). 0 when there is no headline line.
   */
  bodyStart?: number;
  /** Non-fatal problems, shown to users ("no publication date: relative dates left unresolved"). */
  warnings: string[];
}
