/**
 * Step 02 — cleaning raw page text (placeholder: whitespace and control characters only;
 * boilerplate removal and character repair follow).
 */

export interface Cleaned {
  text: string;
  author: string | null;
  /** Date found in a dateline / byline (YYYY-MM-DD), or null. */
  publishedAt: string | null;
  warnings: string[];
}

// Matching control and zero-width characters is the point here, so these two rules are off.
// eslint-disable-next-line no-control-regex
const CONTROL = new RegExp('[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]', 'g');
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = new RegExp('[\\u200b\\u200c\\u200d\\u2060\\ufeff]', 'g');

/** Normalises line breaks, control characters and runs of spaces. */
export function normalizeWhitespace(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, ' ')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/[ ]{2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cleans raw article text. */
export function cleanText(raw: string): Cleaned {
  return { text: normalizeWhitespace(raw), author: null, publishedAt: null, warnings: [] };
}
