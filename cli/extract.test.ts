import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
// node --import tsx is what `npx tsx` runs, without npm's start-up cost.
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/extract.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('cli/extract', () => {
  it('processes the good file and names the bad ones on stderr', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-cli-'));
    fs.writeFileSync(path.join(dir, 'good.txt'), 'SANAA — The Houthis attacked Marib on Sunday, officials said.\n');
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const fd = fs.openSync(path.join(dir, 'huge.txt'), 'w');
    fs.ftruncateSync(fd, 50 * 1024 * 1024); // 50 MB, sparse: must be refused by size, not read
    fs.closeSync(fd);
    const out = path.join(dir, 'out', 'graph.json');
    const r = run(...['good.txt', 'empty.txt', 'binary.txt', 'huge.txt', 'missing.txt'].map((f) => path.join(dir, f)), '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/binary\.txt: binary/);
    expect(r.stderr).toMatch(/huge\.txt: file too large/);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stderr).toMatch(/warning: good: no publication date/);
    const graph = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(graph.schema).toBe('parley/actor-graph@1');
    expect(graph.documents.map((d: { id: string }) => d.id)).toEqual(['good']);
    expect(graph.documents[0].text).toBe('The Houthis attacked Marib on Sunday, officials said.');
  });

  it('reads the seed manifest with its title and metadata', () => {
    const r = run('public/seeds/manifest.json');
    expect(r.status).toBe(0);
    const graph = JSON.parse(r.stdout);
    expect(graph.corpus.title).toBe('Astana peace talks on Syria, January 2017');
    expect(graph.documents.map((d: { id: string; publishedAt: string }) => [d.id, d.publishedAt])).toEqual([
      ['000_ef0816a468b61797', '2017-01-22'],
      ['002_eadd4f7e77c9299d', '2017-01-23'],
    ]);
  });

  it('resolves manifest files relative to the manifest and reports bad entries by name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-manifest-'));
    fs.mkdirSync(path.join(dir, 'articles'));
    fs.writeFileSync(path.join(dir, 'articles', 'aden.txt'), 'The Saudi-led coalition struck Hodeidah port on Monday, residents said.');
    const manifest = {
      title: 'Yemen, March 2019',
      documents: [
        { file: 'articles/aden.txt', publishedAt: '2019-03-05', source: 'Example Wire' },
        { file: 'articles/missing.txt' },
        { url: 'ftp://example.org/story.txt' },
        { id: 'inline-1', text: 'Houthi officials met U.N. envoy Martin Griffiths in Sanaa on Sunday.', publishedAt: '2019-03-04' },
      ],
    };
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const r = run(path.join(dir, 'manifest.json'));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/articles[/\\]missing\.txt: no such file/);
    expect(r.stderr).toMatch(/ftp:\/\/example\.org\/story\.txt: only http\(s\) URLs can be fetched/);
    const graph = JSON.parse(r.stdout);
    expect(graph.corpus.title).toBe('Yemen, March 2019');
    expect(graph.documents.map((d: { id: string; source: string | null }) => [d.id, d.source])).toEqual([
      ['aden', 'Example Wire'],
      ['inline-1', null],
    ]);
    expect(graph.documents[0].sentences[0].dates[0]).toMatchObject({ text: 'on Monday', value: '2019-03-04' });
  });

  it.each([
    [[], 2, /no input files/],
    [['--bogus', 'x.txt'], 2, /unknown option --bogus/],
    [['x.txt', '--out'], 2, /--out needs a file name/],
    [['/nonexistent/only.txt'], 1, /no document could be read/],
  ])('exit code for %j is %i', (args, code, message) => {
    const r = run(...args);
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it('--help prints the usage and exits 0', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/usage: npm run extract -- <file-or-manifest>/);
  });
});
