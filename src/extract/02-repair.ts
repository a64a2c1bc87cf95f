/**
 * Step 02a — repairing damaged characters before anything reads the text: mojibake
 * (UTF-8 read as Windows-1252, "â€™" → "’"), U+FFFD replacement characters, invisible and
 * control characters, whitespace, and a sentence-ending quote glued to the next sentence.
 */

// Windows-1252 bytes 0x80–0x9F map to these characters; mojibake spells UTF-8 bytes with them.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<string, number>();
for (let i = 0; i < 32; i++) BYTE_OF.set(CP1252_HIGH[i], 0x80 + i);
for (let b = 0xa0; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(b), b);

const CONT = '[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
/** A UTF-8 lead byte (Â–ô) followed by 1–3 continuation bytes, all spelled in Windows-1252. */
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00F4]${CONT}{1,3}`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Re-decodes UTF-8 that was read as Windows-1252; leaves genuine accented text alone. */
export function fixMojibake(text: string): string {
  if (!/[ÂÃâ]/.test(text)) return text;
  return text.replace(MOJIBAKE, (run) => {
    // Try the longest valid prefix: "â€™s" must become "’s", not fail as a whole.
    for (let len = run.length; len >= 2; len--) {
      const bytes = [...run.slice(0, len)].map((c) => BYTE_OF.get(c));
      if (bytes.some((b) => b === undefined)) continue;
      try {
        return utf8.decode(new Uint8Array(bytes as number[])) + run.slice(len);
      } catch {
        // not valid UTF-8 at this length; try a shorter run
      }
    }
    return run;
  });
}

/**
 * Guesses what a U+FFFD stood for, from its surroundings: a dash after an upper-case
 * dateline ("ASTANA � Syrian"), an apostrophe inside a word ("Kazakhstan�s"), quotation
 * marks at the edges of a word, otherwise a space.
 */
export function fixReplacementChars(text: string): string {
  if (!text.includes('\uFFFD')) return text;
  return text
    .replace(/^([\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L} .]{2,40})?)\s*\uFFFD+\s*/gmu, (_m, place: string) => `${place.trimEnd()} — `)
    .replace(/ \uFFFD+ /g, ' — ')
    .replace(/(\p{L})\uFFFD(?=(?:s|t|d|m|ll|re|ve)\b)/gu, '$1’')
    .replace(/(^|[\s([])\uFFFD(?=[\p{L}\p{N}])/gmu, '$1“')
    .replace(/([\p{L}\p{N}.,!?])\uFFFD(?=[\s)\].,;:]|$)/gmu, '$1”')
    .replace(/\uFFFD+/g, ' ');
}

// Matching control and zero-width characters is the point here, so these two rules are off.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Normalises line breaks, control/invisible characters and runs of spaces. */
export function normalizeWhitespace(raw: string): string {
  return raw
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, '')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Puts the missing space back where a sentence ends and the next begins without one:
 * `the talks.”It is now`, `direct negotiations.The negotiations`.
 *
 * Same result as two global /u regex replaces (quote rule, then letter rule), but a /u
 * pattern starting with \p{L} is tried at every character of the text; here a cheap
 * non-unicode scan finds the few candidates (a stop before an upper-case or non-ASCII
 * character) and only those are checked exactly. The two rules never touch the same spot.
 */
export function unglueSentences(text: string): string {
  const cuts: number[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const p = m.index;
    if (m[0].length === 2) {
      // `.”It`: a closing quote after the stop, an upper-case letter or opening quote after it
      if (QUOTE_NEXT.test(text.slice(p + 2, p + 4))) cuts.push(p + 2);
    } else if (LETTERS_BEFORE.test(text.slice(Math.max(0, p - 4), p)) && UPPER_LOWER.test(text.slice(p + 1, p + 5))) cuts.push(p + 1);
  }
  if (!cuts.length) return text;
  let out = '';
  let from = 0;
  for (const c of cuts) {
    out += text.slice(from, c) + ' ';
    from = c;
  }
  return out + text.slice(from);
}
/** A stop followed by a closing quote, or by an ASCII capital / any non-ASCII character. */
const CANDIDATE = /[.!?](?:[”"’](?=[A-Z\u0080-\uffff])|(?=[A-Z\u0080-\uffff]))/g;
const QUOTE_NEXT = /^[\p{Lu}“‘]/u;
const LETTERS_BEFORE = /(?:\p{L}\p{Ll}|\p{Lu}{2})$/u;
const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;

/** All character repairs, in the order they must run. */
export function repairText(raw: string): string {
  return unglueSentences(normalizeWhitespace(fixReplacementChars(fixMojibake(raw))));
}
