/**
 * Exports: every format downloads a file that parses back with an independent reader.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { ActorGraph } from '../src/extract/schema';
import { FIXTURE, graphSvg, useFixture, watchErrors } from './share-helpers';

test.describe('exports', () => {
  test('each export downloads a file that parses back', async ({ page, context }) => {
    await useFixture(context);
    const errors = watchErrors(page);
    await page.goto('./?f=support,participate');
    const svg = graphSvg(page);
    await expect(svg).toHaveAttribute('data-layout', 'done');
    const nodes = await svg
      .locator('[data-actor-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-actor-id')!));
    const edges = await svg
      .locator('[data-relation-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-relation-id')!));
    expect(edges.length).toBeGreaterThan(0);
    const names = FIXTURE.actors.filter((a) => nodes.includes(a.id)).map((a) => a.name);
    const evidenceRows = FIXTURE.relations
      .filter((r) => edges.includes(r.id))
      .reduce((n, r) => n + r.evidence.length, 0);

    const download = async (item: RegExp) => {
      await page.getByRole('button', { name: 'Export' }).click();
      const [d] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: item }).click(),
      ]);
      return { name: d.suggestedFilename(), body: fs.readFileSync((await d.path())!) };
    };
    const xmlErrors = (text: string) => {
      const errs: string[] = [];
      const doc = new DOMParser({
        errorHandler: {
          error: (m: string) => void errs.push(m),
          fatalError: (m: string) => void errs.push(m),
        },
      }).parseFromString(text, 'image/svg+xml');
      return { errs, doc };
    };

    const svgFile = await download(/SVG/);
    expect(svgFile.name).toMatch(/\.svg$/);
    const svgText = svgFile.body.toString('utf8');
    const { errs, doc } = xmlErrors(svgText);
    expect(errs).toEqual([]);
    expect(doc.documentElement.nodeName).toBe('svg');
    for (const n of names) expect(svgText).toContain(n);
    expect(svgText).toContain('Sources:');
    expect(svgText).toContain('Support');

    const png = await download(/PNG/);
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    const pngWidth = png.body.readUInt32BE(16);
    const svgWidth = Number(doc.documentElement.getAttribute('width'));
    expect(pngWidth).toBe(svgWidth * 2);

    const json = await download(/JSON/);
    const parsed = ActorGraph.safeParse(JSON.parse(json.body.toString('utf8')));
    expect(parsed.success).toBe(true);
    expect(parsed.data!.relations.map((r) => r.id).sort()).toEqual([...edges].sort());

    const gexf = parseGexf(MultiDirectedGraph, (await download(/GEXF/)).body.toString('utf8'));
    expect(gexf.order).toBe(nodes.length);
    expect(gexf.size).toBe(edges.length);
    // Positions travel with the file, as drawn.
    const drawn = await svg.locator(`[data-actor-id="${nodes[0]}"]`).getAttribute('transform');
    const [, dx] = /translate\((-?[\d.]+)/.exec(drawn!)!;
    expect(gexf.getNodeAttribute(nodes[0], 'x')).toBeCloseTo(Number(dx), 0);

    const graphml = parseGraphml(MultiDirectedGraph, (await download(/GraphML/)).body.toString('utf8'));
    expect(graphml.order).toBe(nodes.length);
    expect(graphml.size).toBe(edges.length);

    const csv = (await download(/CSV/)).body.toString('utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('relation,source,type,family,target,negated,doc,outlet,date,published,sentence');
    expect(lines.length - 1).toBe(evidenceRows);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(errors).toEqual([]);
  });
});

test('the Export menu works from the keyboard', async ({ page, context }) => {
  await useFixture(context);
  await page.goto('./');
  await expect(graphSvg(page)).toHaveAttribute('data-layout', 'done');
  await page.getByRole('button', { name: 'Export' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'SVG image' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'CSV of evidence' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'SVG image' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(d.suggestedFilename()).toMatch(/\.csv$/);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Export' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export' })).toBeFocused();
});
