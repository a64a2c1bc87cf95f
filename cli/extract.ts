/** `npm run extract -- <file-or-manifest>... [--out graph.json]` (initial version). */
import fs from 'node:fs';
import path from 'node:path';
import { extractCorpus, type InputDocument } from '../src/extract/index';

const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args[outIdx + 1] : null;
const files = args.filter((_, i) => i !== outIdx && i !== outIdx + 1);
const inputs: InputDocument[] = [];
let title: string | null = null;
for (const f of files) {
  const raw = fs.readFileSync(f, 'utf8');
  if (f.endsWith('.json')) {
    const j = JSON.parse(raw);
    if (Array.isArray(j.documents)) {
      title = j.title ?? null;
      for (const d of j.documents)
        inputs.push({ ...d, id: d.id ?? path.basename(d.file ?? '', '.txt'), text: d.text ?? fs.readFileSync(path.join(path.dirname(f), d.file), 'utf8') });
    } else inputs.push(j);
  } else inputs.push({ id: path.basename(f).replace(/\.[^.]+$/, ''), text: raw });
}
const graph = JSON.stringify(extractCorpus(inputs, { title }), null, 1);
if (out) {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, graph);
} else process.stdout.write(graph);
