#!/usr/bin/env node
/**
 * `npm run bench:load` — does the explorer keep every main-thread task under 50 ms while it
 * loads the seed corpus and while a reader uses it? Measured in the built app in Debian's
 * Chromium, never in a timed test.
 *
 * Each run opens a fresh browser context (cold cache) with a PerformanceObserver for
 * 'longtask' (buffered) and a MutationObserver installed before the app's scripts, then:
 *   load       page.goto → the graph's nodes are in the DOM (time-to-graph) → layout done → 1 s quiet
 *   edge       select the Russia → Syrian government edge (click on the edge element)
 *   brush      drag a range across the timeline
 *   filter     untick a relation-family filter (the graph re-lays itself out)
 * Every long task (start, duration) is recorded per phase. After all runs it prints, per
 * phase, the median and max of the longest task, the count of tasks > 50 ms, and for the
 * load the median/max time-to-graph (from navigation start).
 *
 * Options: --runs 5  --outdir dist (or BENCH_OUTDIR)  --port N  --profile (print the
 * functions with most self time inside the first load's long tasks; build with
 * `--minify false` for readable names)  --verbose (every long task)  --cpu (also record a
 * Chromium trace and report each phase's longest main-thread task in CPU time: on a shared
 * machine a task's wall time includes the time other processes held the core, its CPU
 * time is the page's own work).
 * Assumes `npm run build` already ran; builds into the output directory if it is missing.
 * The machine may be shared: run it when it is quiet, and read long tasks as upper bounds.
 */
import path from 'node:path';
import { ensureBuild, launchChromium, serveDist } from './bench-browser.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const runs = Number(arg('--runs', 5));
const outDir = path.resolve(arg('--outdir', process.env.BENCH_OUTDIR ?? 'dist'));
const port = Number(arg('--port', process.env.BENCH_PORT ?? 0));
const profile = process.argv.includes('--profile');
const verbose = process.argv.includes('--verbose');
const cpu = process.argv.includes('--cpu');

// ---------------------------------------------------------------- the built app
ensureBuild(outDir, 'bench:load');
// Port 0 lets the OS pick a free one, so several developers can bench side by side.
const { server, base: BASE } = await serveDist(outDir, port);

// ---------------------------------------------------------------- in-page probes
// Installed before any app script: long tasks (buffered, so none before the observer is
// missed) and the moment the first graph node enters the DOM.
const INIT = () => {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__graphAt = null;
  const mo = new MutationObserver(() => {
    if (document.querySelector('svg.graph-svg g.node')) {
      window.__graphAt = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { childList: true, subtree: true });
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = (page) => page.evaluate(() => performance.now());
const tasksSince = (page, t0) => page.evaluate((t) => window.__longtasks.filter((x) => x.start >= t), t0);

/** Polls with plain evaluate calls (no injected script) until the selector matches. */
async function waitForSelector(page, selector, maxMs = 30000) {
  const end = Date.now() + maxMs;
  while (!(await page.evaluate((sel) => !!document.querySelector(sel), selector))) {
    if (Date.now() > end) throw new Error(`bench:load: ${selector} did not appear within ${maxMs} ms`);
    await sleep(50);
  }
}

/** Waits until no long task has started for `quietMs` (or `maxMs` passed). */
async function settle(page, quietMs = 800, maxMs = 8000) {
  const end = Date.now() + maxMs;
  while (Date.now() < end) {
    await sleep(quietMs);
    const quiet = await page.evaluate((q) => {
      const l = window.__longtasks.at(-1);
      return !l || performance.now() - (l.start + l.duration) > q;
    }, quietMs);
    if (quiet) return;
  }
}

const PHASES = {
  async edge(page) {
    // A synthetic click on the edge group: the same React path as a pointer click, without
    // depending on where a curved edge crosses its bounding box's centre.
    await page
      .locator('[data-edge][data-source="russia"][data-target="syrian-government"], [data-edge]')
      .first()
      .dispatchEvent('click');
    await page.getByRole('region', { name: 'Evidence' }).locator('blockquote.evidence-sentence').first().waitFor();
  },
  async brush(page) {
    const svg = page.locator('svg.timeline-svg');
    const box = await svg.boundingBox();
    const y = box.y + Number(await svg.getAttribute('data-plot-height')) - 2;
    await page.mouse.move(box.x + 16, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, y, { steps: 8 });
    await page.mouse.move(box.x + box.width - 16, y, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Clear range' }).waitFor();
  },
  async filter(page) {
    const box = page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /Participate/ });
    await box.uncheck();
    await page.locator('svg.graph-svg[data-layout="done"]').waitFor();
  },
};

// ---------------------------------------------------------------- CPU profile (optional)
/**
 * Busy stretches of the main thread in a CPU profile (consecutive non-idle samples) longer
 * than `minMs`, each with the functions that spent most self time in it. The profile's
 * clock is not the page's, so stretches are found in the profile itself.
 */
function busyStretches(prof, minMs = 40) {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const out = [];
  let cur = null;
  let t = prof.startTime;
  for (let i = 0; i < prof.samples.length; i++) {
    t += prof.timeDeltas[i];
    const dt = (prof.timeDeltas[i + 1] ?? 0) / 1000;
    const f = byId.get(prof.samples[i]).callFrame;
    if (f.functionName === '(idle)') {
      if (cur && cur.ms >= minMs) out.push(cur);
      cur = null;
      continue;
    }
    cur ??= { at: t / 1000, ms: 0, self: new Map() };
    cur.ms += dt;
    const key = `${f.functionName || '(anonymous)'} ${path.basename(f.url || '')}:${f.lineNumber + 1}`;
    cur.self.set(key, (cur.self.get(key) ?? 0) + dt);
  }
  if (cur && cur.ms >= minMs) out.push(cur);
  return out;
}

// ---------------------------------------------------------------- CPU time from a trace (optional)
/**
 * Top-level tasks of the page's main thread in a Chromium trace, split into phases by the
 * `bench:<phase>` performance marks this script sets; per phase the longest task by wall
 * time and by thread (CPU) time, and how many exceed 50 ms of CPU.
 */
function tracePhases(buf, phaseNames) {
  const ev = JSON.parse(buf.toString()).traceEvents;
  const marks = ev.filter((e) => e.cat?.includes('blink.user_timing') && /^bench:/.test(e.name));
  if (!marks.length) return null;
  const { pid, tid } = marks[0];
  const onMain = ev.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && /RunTask$/.test(e.name)).sort((a, b) => a.ts - b.ts);
  const top = [];
  let end = -Infinity;
  for (const e of onMain) {
    if (e.ts >= end) {
      top.push(e);
      end = e.ts + e.dur;
    }
  }
  const at = (name) => marks.find((m) => m.name === `bench:${name}`)?.ts ?? Infinity;
  const out = {};
  phaseNames.forEach((name, i) => {
    const t0 = i === 0 ? -Infinity : at(name);
    const t1 = i + 1 < phaseNames.length ? at(phaseNames[i + 1]) : at('end');
    const tasks = top.filter((e) => e.ts >= t0 && e.ts < t1);
    out[name] = {
      wall: Math.max(0, ...tasks.map((e) => e.dur / 1000)),
      cpu: Math.max(0, ...tasks.map((e) => (e.tdur ?? e.dur) / 1000)),
      over: tasks.filter((e) => (e.tdur ?? e.dur) / 1000 > 50).length,
    };
  });
  return out;
}

// ---------------------------------------------------------------- runs
const browser = await launchChromium();
const results = [];
for (let run = 1; run <= runs; run++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await ctx.addInitScript(INIT);
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e}`));
  let cdp = null;
  if (profile && run === 1) {
    cdp = await ctx.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const r = { run, phases: {} };
  if (cpu) await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await page.goto(BASE);
  // No locators until the load is measured: Playwright's injected script is evaluated on
  // the page's main thread on first use and would show up as a long task of its own.
  await waitForSelector(page, 'svg.graph-svg[data-layout="done"] g.node');
  await settle(page);
  const load = await page.evaluate(() => ({
    graphAt: window.__graphAt,
    layout: performance
      .getEntriesByName('parley:layout')
      .map((m) => `${m.startTime.toFixed(0)}+${m.duration.toFixed(0)} ms (${m.detail?.chunks} chunks, ${m.detail?.busyMs} ms busy)`),
    tasks: window.__longtasks.slice(),
    // When each script and the corpus arrived: tells which stage a long task belongs to.
    arrivals: performance
      .getEntriesByType('resource')
      .filter((e) => /\.(js|json)$/.test(e.name))
      .map((e) => `${e.name.split('/').pop().replace(/-[\w-]{8}\.js$/, '.js')} ${e.responseEnd.toFixed(0)}`),
  }));
  if (verbose) console.log(`    arrivals (ms): ${load.arrivals.join(' · ')} · layout ${load.layout.join(', ')}`);
  r.graphAt = load.graphAt;
  r.phases.load = load.tasks;
  if (cdp) {
    const { profile: prof } = await cdp.send('Profiler.stop');
    const stretches = busyStretches(prof);
    const t0 = stretches[0]?.at ?? 0;
    for (const st of stretches) {
      console.log(`  busy ${st.ms.toFixed(0)} ms at +${(st.at - t0).toFixed(0)} ms:`);
      for (const [k, v] of [...st.self].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`    ${v.toFixed(1).padStart(6)}  ${k}`);
    }
  }
  // Warm Playwright's injected script up now, so the interactions measure only the app.
  await page.locator('body').count();
  await settle(page, 300);
  for (const [name, act] of Object.entries(PHASES)) {
    const t0 = await now(page);
    await page.evaluate((n) => performance.mark(`bench:${n}`), name);
    await act(page);
    await settle(page, 600);
    r.phases[name] = await tasksSince(page, t0);
  }
  if (cpu) {
    await page.evaluate(() => performance.mark('bench:end'));
    r.cpu = tracePhases(await browser.stopTracing(), ['load', ...Object.keys(PHASES)]);
  }
  results.push(r);
  const line = Object.entries(r.phases)
    .map(([k, ts]) => `${k} max ${Math.max(0, ...ts.map((x) => x.duration)).toFixed(0)} ms (${ts.filter((x) => x.duration > 50).length} >50)`)
    .join(' · ');
  console.log(`run ${run}: graph at ${r.graphAt?.toFixed(0)} ms · ${line}`);
  if (r.cpu)
    console.log(
      `    CPU: ${Object.entries(r.cpu)
        .map(([k, v]) => `${k} longest ${v.cpu.toFixed(0)} ms CPU / ${v.wall.toFixed(0)} ms wall`)
        .join(' · ')}`,
    );
  if (verbose)
    for (const [k, ts] of Object.entries(r.phases))
      for (const x of ts) console.log(`    ${k}: long task at ${x.start.toFixed(0)} ms, ${x.duration.toFixed(0)} ms`);
  await ctx.close();
}
await browser.close();
server.close();

// ---------------------------------------------------------------- summary
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`\nbench:load — ${runs} runs, ${outDir}`);
console.log('phase    longest task median / max    tasks > 50 ms (all runs)');
let over = 0;
for (const name of ['load', ...Object.keys(PHASES)]) {
  const longest = results.map((r) => Math.max(0, ...r.phases[name].map((x) => x.duration)));
  const count = results.reduce((n, r) => n + r.phases[name].filter((x) => x.duration > 50).length, 0);
  over += count;
  console.log(`${name.padEnd(8)} ${median(longest).toFixed(0).padStart(8)} / ${Math.max(...longest).toFixed(0).padEnd(18)} ${count}`);
}
if (cpu) {
  console.log('phase    longest task in CPU time median / max    tasks > 50 ms of CPU (all runs)');
  for (const name of ['load', ...Object.keys(PHASES)]) {
    const longest = results.map((r) => r.cpu?.[name]?.cpu ?? NaN);
    const count = results.reduce((n, r) => n + (r.cpu?.[name]?.over ?? 0), 0);
    console.log(`${name.padEnd(8)} ${median(longest).toFixed(0).padStart(8)} / ${Math.max(...longest).toFixed(0).padEnd(30)} ${count}`);
  }
}
const tg = results.map((r) => r.graphAt ?? NaN);
console.log(`time-to-graph (nodes in the DOM, from navigation start): median ${median(tg).toFixed(0)} ms, max ${Math.max(...tg).toFixed(0)} ms`);
console.log(over === 0 ? 'OK: no main-thread task over 50 ms.' : `${over} main-thread task(s) over 50 ms.`);
