/**
 * Text layer entry point: input document → cleaned text, sentences with dates, tokens.
 * (Initial naive version; replaced by steps 01–04.)
 */
import type { InputDocument } from './schema';
import type { PreparedDocument } from './types';

/** Prepares one input document for the semantic steps. */
export function prepareDocument(input: InputDocument, index = 0): PreparedDocument {
  const text = (input.text ?? '').replace(/\r\n?/g, '\n').trim();
  const id = input.id ?? `doc-${index + 1}`;
  const sentences: PreparedDocument['sentences'] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].trim()) continue;
    sentences.push({ id: `${id}#s${sentences.length}`, start: m.index, end: m.index + m[0].length, dates: [] });
  }
  return {
    id,
    title: input.title ?? null,
    source: input.source ?? null,
    url: input.url ?? null,
    author: input.author ?? null,
    publishedAt: input.publishedAt?.slice(0, 10) ?? null,
    publishedAtFrom: input.publishedAt ? 'input' : null,
    text,
    sentences,
    tokens: [],
    warnings: [],
  };
}
