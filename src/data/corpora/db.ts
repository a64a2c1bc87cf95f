/** The browser database lives beside the worker, which reads and writes the analysis cache itself. */
export * from '../../workers/db';
