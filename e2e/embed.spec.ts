/**
 * The embed page inside an iframe on another origin: renders the linked view read-only,
 * fits the frame, credits its sources and requests nothing from any other origin.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { FIXTURE, useFixture, watchErrors } from './share-helpers';

test.describe('embed', () => {
  let host: http.Server;
  let hostOrigin = '';
  test.beforeAll(async () => {
    // A page on another origin that embeds Parley, as a newsroom's article would.
    host = http.createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      const src = u.searchParams.get('src') ?? '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const w = Number(u.searchParams.get('w') ?? 720);
      const h = Number(u.searchParams.get('h') ?? 480);
      res.end(
        `<!doctype html><title>Host</title><h1>Report</h1><iframe id="parley" src="${src.replace(/"/g, '&quot;')}" width="${w}" height="${h}"></iframe>`,
      );
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.2', r));
    hostOrigin = `http://127.0.0.2:${(host.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((r) => host.close(() => r())));

  test('renders inside an iframe on another origin and requests nothing cross-origin', async ({
    page,
    context,
    baseURL,
  }) => {
    await useFixture(context);
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const appOrigin = new URL(baseURL!).origin;
    const embedSrc = `${appOrigin}/embed.html?v=1&sel=r:r5&ev=1`;
    await page.goto(`${hostOrigin}/host.html?src=${encodeURIComponent(embedSrc)}`);
    const frame = page.frameLocator('#parley');
    const svg = frame.getByRole('region', { name: 'Actor network' }).locator('svg.graph-svg');
    await expect(svg).toHaveAttribute('data-layout', 'done');
    const drawn = await svg.locator('[data-actor-id]').count();
    expect(drawn).toBe(
      FIXTURE.actors.filter((a) => FIXTURE.relations.some((r) => r.source === a.id || r.target === a.id))
        .length,
    );
    // The cited evidence sentence is shown, with its sources credited.
    await expect(frame.getByRole('region', { name: 'Evidence' })).toContainText('despite strikes');
    await expect(
      frame.getByRole('contentinfo', { name: 'Sources' }).or(frame.locator('.embed-credits')),
    ).toContainText('Al Jazeera');
    await expect(
      frame.getByRole('contentinfo', { name: 'Sources' }).or(frame.locator('.embed-credits')),
    ).toContainText('Reuters');
    // Read-only: no filters, no share or editing controls.
    await expect(frame.getByRole('region', { name: 'Filters' })).toHaveCount(0);
    await expect(frame.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    const open = frame.getByRole('link', { name: 'Open in Parley' });
    const href = new URL((await open.getAttribute('href'))!);
    expect(href.pathname).toMatch(/\/index\.html$/);
    expect(href.searchParams.get('sel')).toBe('r:r5');
    expect(href.searchParams.get('ev')).toBe('1');
    // Fits the iframe: nothing overflows the 720×480 box.
    const box = await frame
      .locator('.embed-root')
      .evaluate((e) => [e.scrollWidth, e.scrollHeight, e.clientWidth, e.clientHeight]);
    expect(box[0]).toBeLessThanOrEqual(box[2] + 1);
    expect(box[1]).toBeLessThanOrEqual(box[3] + 1);
    // Every request went to the host page itself or to Parley's own origin.
    const foreign = requests.filter(
      (u) =>
        !u.startsWith(hostOrigin + '/') &&
        !u.startsWith(appOrigin + '/') &&
        !u.startsWith('data:') &&
        !u.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
    expect(requests.filter((u) => u.startsWith(hostOrigin))).toHaveLength(1);
    // The built page declares connect-src 'self'.
    const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'self'");
    expect(errors).toEqual([]);
  });

  for (const [w, h] of [
    [320, 480],
    [1200, 700],
    [900, 300],
  ]) {
    test(`fits a ${w}×${h} iframe without overflowing`, async ({ page, context, baseURL }) => {
      await useFixture(context);
      const src = `${new URL(baseURL!).origin}/embed.html?v=1&sel=a:houthis`;
      await page.goto(`${hostOrigin}/host.html?w=${w}&h=${h}&src=${encodeURIComponent(src)}`);
      const frame = page.frameLocator('#parley');
      const svg = frame.locator('svg.graph-svg');
      await expect(svg).toHaveAttribute('data-layout', 'done');
      const root = await frame.locator('.embed-root').boundingBox();
      expect(root!.width).toBeLessThanOrEqual(w);
      expect(root!.height).toBeLessThanOrEqual(h);
      // The drawing keeps a usable share of the frame, and the credits stay on screen.
      const g = (await svg.boundingBox())!;
      expect(g.width * g.height).toBeGreaterThan(w * h * 0.2);
      await expect(frame.locator('.embed-credits')).toBeInViewport();
      await expect(frame.getByRole('link', { name: 'Open in Parley' })).toBeInViewport();
    });
  }

  test('the Embed dialog gives an iframe snippet for the current view', async ({ page, context }) => {
    await useFixture(context);
    await page.goto('./?f=support');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Width (px)').fill('640');
    await dialog.getByLabel('Height (px)').fill('400');
    const snippet = await dialog.getByLabel('Embed code').inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/[^"]+\/embed\.html\?v=1&amp;f=support" width="640" height="400"/,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });
});
