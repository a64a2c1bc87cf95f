/** Corpus storage lives beside the worker, which stores and reads documents itself. */
export * from '../../workers/corpusStore';
