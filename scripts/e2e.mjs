#!/usr/bin/env node
// Runs the Playwright e2e suite against the built app in Debian's Chromium.
// Finds Chromium (CHROMIUM_PATH, /usr/bin/chromium) or installs Debian's package when
// running as root; `npx playwright install` cannot work on these machines.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
let chromium = candidates.find((p) => fs.existsSync(p));
if (!chromium) {
  const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
  console.log("e2e: Chromium not found; installing Debian's chromium package…");
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
  chromium = '/usr/bin/chromium';
}
process.env.CHROMIUM_PATH = chromium;

if (!process.argv.includes('--no-build')) {
  // E2E_OUTDIR lets several developers build and serve side by side on one machine.
  const outDir = process.env.E2E_OUTDIR ?? 'dist';
  for (const [cmd, cmdArgs] of [
    ['npm', ['run', 'seed-graph']],
    ['npx', ['tsc', '--noEmit', '-p', '.']],
    ['npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir']],
  ]) {
    const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
const args = process.argv.slice(2).filter((a) => a !== '--no-build');
const run = spawnSync('npx', ['playwright', 'test', ...args], { stdio: 'inherit', env: process.env });
process.exit(run.status ?? 1);
