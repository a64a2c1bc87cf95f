/**
 * Shared helpers for the share/embed/export e2e specs: a hand-built Yemen corpus served in
 * place of the seed graph (so assertions can name the actors they expect whatever the
 * pipeline currently produces), console-error watching and a signature of what is drawn.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { yemenGraph } from '../src/graph/export/fixtures/yemenGraph';

export const FIXTURE = yemenGraph();

/** Serves the fixture corpus in place of the seed graph for every page of the context. */
export async function useFixture(context: BrowserContext) {
  await context.route('**/generated/seed-graph.json', (route) => route.fulfill({ json: FIXTURE }));
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    // The browser's own favicon probe is not the app's request (index.html declares no icon).
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
      errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export const graphSvg = (page: Page) =>
  page.getByRole('region', { name: 'Actor network' }).locator('svg.graph-svg');

/** What a reader sees: visible node and edge ids, the selection, and the time range in the link. */
export async function signature(page: Page) {
  const svg = graphSvg(page);
  await expect(svg).toHaveAttribute('data-layout', 'done');
  const ids = (sel: string, attr: string) =>
    svg.locator(sel).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)!).sort(), attr);
  return {
    nodes: await ids('[data-actor-id]', 'data-actor-id'),
    edges: await ids('[data-relation-id]', 'data-relation-id'),
    pressed: await svg
      .locator('[data-actor-id][aria-pressed="true"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-actor-id'))),
    evidenceTitle: (
      await page.getByRole('region', { name: 'Evidence' }).locator('h2').first().textContent()
    )?.trim(),
    time: new URL(page.url()).searchParams.get('t'),
  };
}

export const node = (page: Page, id: string) => graphSvg(page).locator(`[data-actor-id="${id}"]`);
