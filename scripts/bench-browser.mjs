/**
 * What the browser benchmarks (bench-load, bench-byo) share: a build of the app in an
 * output folder, a tiny static server for it, and Debian's Chromium with the flags that
 * work on this machine. Benchmarks print figures; no test asserts a time.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/** Builds the app into `outDir` (seed graph first) unless a build is already there. */
export function ensureBuild(outDir, label) {
  if (fs.existsSync(path.join(outDir, 'index.html'))) return;
  console.log(`${label}: no build in ${outDir}; building…`);
  for (const [cmd, args] of [
    ['npm', ['run', 'seed-graph']],
    ['npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir']],
  ]) {
    const r = spawnSync(cmd, args, { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
};

/** Serves `outDir` on 127.0.0.1 (port 0: the OS picks a free one); resolves to { server, base }. */
export async function serveDist(outDir, port = 0) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(outDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(outDir)) return res.writeHead(403).end();
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(outDir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}/` };
}

/** Debian's Chromium, headless, with the flags that work here. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
