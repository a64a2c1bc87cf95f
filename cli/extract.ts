/**
 * `npm run extract -- <file-or-manifest>... [--out graph.json]` (contracts.md §2).
 *
 * Thin shell around the pipeline: reads files (size checked before reading), resolves
 * manifest entries, hands everything to the same extractCorpus the browser runs. Decoding
 * lives in src/extract/01-ingest.ts. Exit codes: 0 = at least one document processed,
 * 1 = none, 2 = bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ActorGraph, extractCorpus, type InputDocument } from '../src/extract/index';
import { MAX_DOCUMENTS, MAX_FILE_BYTES, ingestFile, resolveEntry, sizeProblem, type Ingested, type ManifestEntry } from '../src/extract/01-ingest';

const USAGE = `usage: npm run extract -- <file-or-manifest>... [--out graph.json]

Reads .txt, .html/.htm, .json documents and corpus manifests, writes one ActorGraph JSON
(parley/actor-graph@1) to --out or standard output. Bad inputs are reported on standard
error and skipped. Exit code: 0 if at least one document was processed, 1 if none, 2 for
bad usage.`;

interface Args {
  files: string[];
  out: string | null;
}

/** Parses argv; returns an error message for bad usage. */
function parseArgs(argv: string[]): Args | { help: true } | { error: string } {
  const files: string[] = [];
  let out: string | null = null;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyFiles) files.push(a);
    else if (a === '--') onlyFiles = true;
    else if (a === '--help' || a === '-h') return { help: true };
    else if (a === '--out' || a === '-o') {
      const v = argv[++i];
      if (v === undefined || (v.startsWith('-') && v !== '-')) return { error: `${a} needs a file name` };
      out = v;
    } else if (a.startsWith('--out=')) out = a.slice(6) || null;
    else if (a.startsWith('-') && a !== '-') return { error: `unknown option ${a}` };
    else files.push(a);
  }
  if (!files.length) return { error: 'no input files' };
  return { files, out };
}

const problems: string[] = [];
const report = (file: string, reason: string) => {
  problems.push(file);
  process.stderr.write(`error: ${file}: ${reason}\n`);
};
const warn = (file: string, msg: string) => process.stderr.write(`warning: ${file}: ${msg}\n`);

/** Reads a file after checking it exists, is a regular file and is not too large. */
function readChecked(file: string): Uint8Array | string {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${(e as Error).message})`;
  }
  if (st.isDirectory()) return 'is a directory';
  if (!st.isFile()) return 'not a regular file';
  const size = sizeProblem(st.size);
  if (size) return size;
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    return `cannot read (${(e as Error).message})`;
  }
}

/** Fetches an http(s) URL with a timeout and the same size limit as files. */
async function fetchChecked(url: string): Promise<Uint8Array | string> {
  if (!/^https?:\/\//i.test(url)) return 'only http(s) URLs can be fetched';
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(15_000), redirect: 'follow' });
    if (!res.ok) return `HTTP ${res.status}`;
    const len = Number(res.headers.get('content-length') ?? 0);
    if (len > MAX_FILE_BYTES) return sizeProblem(len) ?? 'too large';
    const buf = new Uint8Array(await res.arrayBuffer());
    return sizeProblem(buf.length) ?? buf;
  } catch (e) {
    return `could not fetch (${(e as Error).message})`;
  }
}

async function loadEntry(manifest: string, entry: ManifestEntry): Promise<Ingested> {
  if (!entry.file && !entry.fetchUrl) return { kind: 'documents', documents: [entry.doc], warnings: [] };
  const where = entry.file ? path.resolve(path.dirname(manifest), entry.file) : (entry.fetchUrl as string);
  const bytes = entry.file ? readChecked(where) : await fetchChecked(where);
  if (typeof bytes === 'string') return { kind: 'rejected', reason: bytes };
  return resolveEntry(entry, entry.file ?? new URL(where).pathname, bytes);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if ('error' in args) {
    process.stderr.write(`error: ${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  const inputs: InputDocument[] = [];
  let title: string | null = null;
  const add = (file: string, got: Ingested) => {
    if (got.kind === 'rejected') return report(file, got.reason);
    for (const w of got.warnings) warn(file, w);
    if (got.kind === 'documents') inputs.push(...got.documents);
  };
  for (const file of args.files) {
    if (inputs.length >= MAX_DOCUMENTS) {
      report(file, `corpus limit of ${MAX_DOCUMENTS} documents reached; skipped`);
      continue;
    }
    const bytes = readChecked(file);
    if (typeof bytes === 'string') {
      report(file, bytes);
      continue;
    }
    const got = ingestFile(file, bytes);
    add(file, got);
    if (got.kind !== 'manifest') continue;
    title ??= got.title;
    for (const entry of got.entries) {
      const name = entry.file ? path.join(path.dirname(file), entry.file) : (entry.fetchUrl ?? `${file}#${entry.doc.id}`);
      if (inputs.length >= MAX_DOCUMENTS) {
        report(name, `corpus limit of ${MAX_DOCUMENTS} documents reached; skipped`);
        continue;
      }
      add(name, await loadEntry(file, entry));
    }
  }
  if (!inputs.length) {
    process.stderr.write('error: no document could be read\n');
    return 1;
  }
  // Ids must be unique: two files with the same base name get -2, -3 …
  const seen = new Map<string, number>();
  for (const d of inputs) {
    const id = d.id ?? 'document';
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    d.id = n > 1 ? `${id}-${n}` : id;
  }
  let json: string;
  try {
    // Every graph written is checked against the contract: the app trusts the built-in seed
    // graph without re-validating it in the browser, so this is where a broken one stops.
    const graph = ActorGraph.parse(extractCorpus(inputs, { title }));
    // Non-fatal findings per document ("no publication date", "not English") go to stderr too.
    for (const d of graph.documents) for (const w of d.warnings ?? []) warn(d.id, w);
    json = JSON.stringify(graph, null, 1);
  } catch (e) {
    process.stderr.write(`error: extraction failed: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
  if (args.out && args.out !== '-') {
    fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    fs.writeFileSync(args.out, json);
  } else process.stdout.write(json + '\n');
  if (problems.length) process.stderr.write(`${inputs.length} document(s) processed; ${problems.length} input(s) skipped\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
