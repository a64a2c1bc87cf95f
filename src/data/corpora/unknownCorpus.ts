/**
 * A link named a corpus this browser does not store (deleted, or stored in another browser).
 * Kept in its own tiny module so the first page load can recognise it without loading the
 * corpus loader: the page falls back to the built-in corpus instead of showing an error.
 */
export class UnknownCorpusError extends Error {
  constructor(readonly corpusKey: string) {
    super(`Corpus '${corpusKey.replace(/^local:/, '')}' is not stored in this browser; showing the built-in corpus`);
    this.name = 'UnknownCorpusError';
  }
}

/** True for corpus keys that can only mean a stored corpus id: a bare word, no path or extension. */
export const isBareCorpusId = (key: string): boolean => /^[\w-]+$/.test(key);
