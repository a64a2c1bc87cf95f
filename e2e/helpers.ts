/**
 * Shared e2e helpers: a console-error collector and explorer locators that find things
 * the way a reader (or screen reader) does — by landmark and accessible name.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Collects console errors, uncaught exceptions and failed (4xx/5xx) responses of a page. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  return errors;
}

/** The explorer's landmark regions. */
export const region = (page: Page, name: 'Actor network' | 'Timeline' | 'Evidence' | 'Article' | 'Filters'): Locator =>
  page.getByRole('region', { name, exact: true });

/** The graph SVG inside the "Actor network" region. */
export const graphSvg = (page: Page): Locator => region(page, 'Actor network').locator('svg.graph-svg');

/** A graph node by actor name (its accessible name starts with "Name,"). */
export const graphNode = (page: Page, name: string): Locator =>
  region(page, 'Actor network').getByRole('button', { name: new RegExp(`^${escapeRegExp(name)},`) });

/** Opens the explorer and waits until the seeded layout has finished. */
export async function openExplorer(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(graphSvg(page)).toHaveAttribute('data-layout', 'done');
}

/** Number of relations drawn in the graph. */
export async function edgeCount(page: Page): Promise<number> {
  return graphSvg(page).locator('[data-edge]').count();
}

/** Escapes a string for use in a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
