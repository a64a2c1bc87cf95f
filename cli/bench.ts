/**
 * `npm run bench` — extraction throughput on one core over a large synthetic corpus.
 *
 * The corpus is realistic news text: the seed articles' paragraphs and our own fixtures
 * from other conflicts, shuffled into documents with a seeded RNG (same corpus every run),
 * each with furniture lines and a date. Prints per-step timings of the text layer, then
 * the end-to-end figures of extractCorpus (tokens/s, MB/s, docs/s), all per CPU second of
 * this process (one core), with wall time beside them.
 * Options: --mb N (corpus size, default 3), --seed N.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractCorpus, type InputDocument } from '../src/extract/index';
import { cleanText } from '../src/extract/02-clean';
import { htmlToArticle } from '../src/extract/02-html';
import { nlp, segment } from '../src/extract/03-sentences';
import { findDates } from '../src/extract/04-dates';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const targetMb = arg('--mb', 3);
let seed = arg('--seed', 20170122) >>> 0;

/** mulberry32: small, fast, seeded. */
function rand(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];

const root = path.resolve(import.meta.dirname, '..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');

function paragraphs(): string[] {
  const texts = [
    cleanText(read('public/seeds/000_ef0816a468b61797.txt')).text,
    cleanText(read('public/seeds/002_eadd4f7e77c9299d.txt')).text,
    cleanText(read('src/extract/fixtures/yemen-raw.txt')).text,
    htmlToArticle(read('src/extract/fixtures/ukraine-page.html')).text,
    (JSON.parse(read('src/extract/fixtures/libya-doc.json')) as { text: string }).text,
  ];
  return texts.flatMap((t) => t.split(/\n\n+/)).filter((p) => p.split(' ').length > 6);
}

function buildCorpus(): InputDocument[] {
  const paras = paragraphs();
  const furnitureTop = ['Home | World | Politics', 'Subscribe for full access'];
  const furnitureBottom = ['Join the mailing list', 'Source: Example Wire', 'Related coverage'];
  const docs: InputDocument[] = [];
  let bytes = 0;
  while (bytes < targetMb * 1024 * 1024) {
    const n = 8 + Math.floor(rand() * 20);
    const body = Array.from({ length: n }, () => pick(paras));
    const head = pick(paras).split(/[,.]/)[0];
    const text = [...furnitureTop, head, `By Staff Writer`, ...body, pick(furnitureBottom)].join('\n\n');
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    docs.push({ id: `bench-${docs.length}`, publishedAt: `20${10 + Math.floor(rand() * 14)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, text });
    bytes += Buffer.byteLength(text);
  }
  return docs;
}

/**
 * CPU milliseconds of this process since `t0` (a process.cpuUsage() reading). The machine
 * may be shared, so CPU time is the honest single-core figure; wall time is shown beside it.
 */
const cpu = () => process.cpuUsage();
const ms = (t0: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

nlp(); // load the model before timing
const docs = buildCorpus();
const mb = docs.reduce((s, d) => s + Buffer.byteLength(d.text ?? ''), 0) / 1024 / 1024;
console.log(`corpus: ${docs.length} documents, ${mb.toFixed(2)} MB (seeded, synthetic from seeds + fixtures)`);

// Text layer, step by step.
let t0 = cpu();
const cleaned = docs.map((d) => cleanText(d.text ?? ''));
const tClean = ms(t0);
t0 = cpu();
const segs = cleaned.map((c) => segment(c.text));
const tSeg = ms(t0);
const tokens = segs.reduce((s, x) => s + x.tokens.length, 0);
t0 = cpu();
let nDates = 0;
segs.forEach((sg, i) => {
  const text = cleaned[i].text;
  for (const s of sg.sentences) nDates += findDates(text.slice(s.start, s.end), s.start, { publishedAt: docs[i].publishedAt ?? null }).length;
});
const tDates = ms(t0);
const line = (name: string, t: number) => console.log(`  ${name.padEnd(22)} ${fmt(t).padStart(7)} ms  ${fmt((tokens / t) * 1000).padStart(11)} tok/s`);
console.log(`text layer (${fmt(tokens)} tokens, ${fmt(nDates)} dates), CPU time:`);
line('02 clean', tClean);
line('03 sentences+tokens', tSeg);
line('04 dates', tDates);
line('text layer total', tClean + tSeg + tDates);

// End to end, exactly what the CLI and the worker run.
t0 = cpu();
const w0 = performance.now();
const graph = extractCorpus(docs, { title: 'bench' });
const tAll = ms(t0);
const wall = performance.now() - w0;
console.log(`end to end (extractCorpus): ${fmt(tAll)} ms CPU (${fmt(wall)} ms wall), ${graph.actors.length} actors, ${graph.relations.length} relations`);
console.log(`  ${fmt((tokens / tAll) * 1000)} tokens/s   ${(mb / (tAll / 1000)).toFixed(2)} MB/s   ${fmt((docs.length / tAll) * 1000)} docs/s`);
console.log(`  goal ≥ 250,000 tokens/s: ${(tokens / tAll) * 1000 >= 250_000 ? 'met' : 'NOT met'}`);
