/**
 * The explorer on the real seed corpus, as built by the pipeline. Assertions name only
 * facts the Astana articles state plainly (Russia backs the Syrian government) and
 * compare counts with each other, so they hold while extraction keeps improving.
 */
import { expect, test } from '@playwright/test';
import { collectConsoleErrors, edgeCount, graphNode, graphSvg, openExplorer, region } from './helpers';
import { yemenGraph } from '../src/graph/__fixtures__/yemen';

test.use({ reducedMotion: 'reduce' });

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = collectConsoleErrors(page);
});
test.afterEach(() => {
  expect(errors, 'console errors, page errors and failed requests').toEqual([]);
});

/** Selects Russia, then its support relation towards the Syrian government from the panel. */
async function openRussiaBacksSyria(page: import('@playwright/test').Page) {
  await graphNode(page, 'Russia').click();
  const evidence = region(page, 'Evidence');
  await expect(evidence.getByRole('heading', { level: 2 })).toHaveText(/Russia/);
  const support = evidence.locator('.rel-group', { has: page.getByRole('heading', { name: 'Support' }) });
  await support.getByRole('button', { name: /^Russia\b.*\bSyrian government\b/ }).first().click();
  await expect(evidence.getByText('Relation', { exact: true })).toBeVisible();
  return evidence;
}

test('the seed graph renders with its actors, landmarks and legend', async ({ page }) => {
  await openExplorer(page);
  for (const name of ['Actor network', 'Timeline', 'Evidence', 'Filters'] as const) await expect(region(page, name)).toBeVisible();
  await expect(graphNode(page, 'Russia')).toBeVisible();
  await expect(graphNode(page, 'Syrian government')).toBeVisible();
  await expect(graphNode(page, 'Russia')).toHaveAttribute('aria-label', /^Russia, state, .*\d+ relations?$/);
  expect(await edgeCount(page)).toBeGreaterThan(5);
  // the relation the issue names is drawn as a support edge
  await expect(graphSvg(page).locator('[data-edge][data-family="support"][data-source="russia"][data-target="syrian-government"]')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Legend' })).toContainText('Support');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Astana');
});

test('selecting a relation shows its evidence sentence with actors and trigger highlighted', async ({ page }) => {
  await openExplorer(page);
  const evidence = await openRussiaBacksSyria(page);
  await expect(evidence.getByText('Support', { exact: true }).first()).toBeVisible();
  const sentence = evidence.locator('blockquote.evidence-sentence').first();
  await expect(sentence).toContainText(/back/i);
  await expect(sentence.locator('mark', { hasText: 'Russia' })).toBeVisible();
  await expect(sentence.locator('strong.hl-trigger')).toContainText(/back/i);
  await expect(evidence).toContainText(/\d+ sources?/);
  // the edge is drawn as selected in the graph
  await expect(graphSvg(page).locator('[data-edge].is-selected')).toHaveAttribute('data-source', 'russia');
});

test('the evidence panel states which articles report a relation and lists those that do not', async ({ page }) => {
  await openExplorer(page);
  const evidence = await openRussiaBacksSyria(page);
  // The second seed article carries no sentence saying Russia backs the government (the
  // hand annotation agrees), so the panel must say so rather than imply both do.
  await expect(evidence.locator('.coverage')).toHaveText('Reported in 1 of 2 articles');
  const groups = evidence.getByRole('group', { name: /^Sentences from / });
  await expect(groups).toHaveCount(1);
  await expect(groups.locator('blockquote.evidence-sentence').first()).toContainText(/back/i);
  const silent = evidence.getByRole('group', { name: 'Not reported in' });
  await expect(silent.getByRole('listitem')).toHaveCount(1);
  const groupOutlet = (await groups.locator('.outlet').first().innerText()).trim();
  const silentOutlet = (await silent.locator('.outlet').first().innerText()).trim();
  expect(silentOutlet).not.toBe(groupOutlet);
  // The missing article opens in the reader, with nothing marked: the reader can check.
  await silent.getByRole('button', { name: /^Open article/ }).click();
  const article = region(page, 'Article');
  await expect(article).toBeVisible();
  await expect(article.locator('.reader-meta')).toContainText(silentOutlet);
  await expect(article.locator('mark')).toHaveCount(0);
  await expect(article.getByText('This article does not report the selected relation.')).toBeVisible();
  await expect(article.getByRole('navigation', { name: 'Evidence navigation' })).toContainText('cited in other articles');

  // A relation both articles report shows a sentence from each, grouped by article.
  await evidence.getByRole('button', { name: 'Clear selection' }).click();
  await evidence.locator('.rel-list .rel-btn').first().click();
  await expect(evidence.locator('.coverage')).toHaveText('Reported in both articles');
  await expect(groups).toHaveCount(2);
  for (const g of await groups.all()) expect(await g.locator('blockquote.evidence-sentence').count()).toBeGreaterThan(0);
  await expect(evidence.getByRole('group', { name: 'Not reported in' })).toHaveCount(0);
});

test('"Show in article" opens the article with the cited sentence marked and in view', async ({ page }) => {
  await openExplorer(page);
  const evidence = await openRussiaBacksSyria(page);
  const sentenceText = (await evidence.locator('blockquote.evidence-sentence').first().innerText()).trim();
  await evidence.getByRole('button', { name: 'Show in article' }).first().click();
  const article = region(page, 'Article');
  await expect(article).toBeVisible();
  const mark = article.locator('mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(sentenceText);
  await expect(mark).toBeInViewport();
  await expect(article.getByRole('heading', { level: 2 })).not.toBeEmpty();
  await article.getByRole('button', { name: 'Close article' }).click();
  await expect(article).toHaveCount(0);
});

test('the reader steps through a relation\'s evidence with Previous / Next', async ({ page }) => {
  await openExplorer(page);
  const evidence = region(page, 'Evidence');
  // The overview lists the best-attested relation first; it has several sentences.
  await evidence.locator('.rel-list .rel-btn').first().click();
  const sentences = evidence.locator('blockquote.evidence-sentence');
  expect(await sentences.count()).toBeGreaterThan(1);
  const second = (await sentences.nth(1).innerText()).trim();
  await evidence.getByRole('button', { name: 'Show in article' }).first().click();
  const article = region(page, 'Article');
  await expect(article.getByRole('button', { name: /Previous evidence/ })).toBeDisabled();
  await expect(article.getByRole('navigation', { name: 'Evidence navigation' })).toContainText(/1 of \d+/);
  await article.getByRole('button', { name: /Next evidence/ }).click();
  await expect(article.getByRole('navigation', { name: 'Evidence navigation' })).toContainText(/2 of \d+/);
  await expect(evidence.locator('.evidence-item').nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(article.locator('mark')).toHaveText(second);
  await expect(article.locator('mark')).toBeInViewport();
  await expect(evidence.locator('.evidence-item.is-cited blockquote')).toHaveText(second);
  await article.getByRole('button', { name: /Previous evidence/ }).click();
  await expect(article.getByRole('button', { name: /Previous evidence/ })).toBeDisabled();
});

test('brushing the timeline filters the graph, and clearing restores it', async ({ page }) => {
  await openExplorer(page);
  const before = await edgeCount(page);
  const timeline = region(page, 'Timeline');
  const svg = timeline.locator('svg.timeline-svg');
  expect(Number(await svg.getAttribute('data-mark-count'))).toBeGreaterThan(0);
  // Drag across the whole axis in the strip below the mark lanes (marks take clicks, not drags).
  const box = (await svg.boundingBox())!;
  const y = box.y + Number(await svg.getAttribute('data-plot-height')) - 2;
  await page.mouse.move(box.x + 16, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, y, { steps: 8 });
  await page.mouse.move(box.x + box.width - 16, y, { steps: 8 });
  await page.mouse.up();
  await expect(timeline.getByRole('button', { name: 'Clear range' })).toBeVisible();
  await expect(timeline).toContainText('–');
  // Undated evidence is set apart while a range is active, so fewer relations remain…
  await expect.poll(() => edgeCount(page)).toBeLessThan(before);
  const all = await edgeCount(page);
  expect(all).toBeGreaterThan(0);
  // …and a narrower range (the first third of the axis) keeps at most as many.
  await page.mouse.move(box.x + 16, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 3, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => edgeCount(page)).toBeLessThanOrEqual(all);
  await timeline.getByRole('button', { name: 'Clear range' }).click();
  await expect.poll(() => edgeCount(page)).toBe(before);
});

test('the clock switch moves the timeline to publication dates', async ({ page }) => {
  await openExplorer(page);
  const timeline = region(page, 'Timeline');
  const svg = timeline.locator('svg.timeline-svg');
  const eventMarks = Number(await svg.getAttribute('data-mark-count'));
  await timeline.getByText('When it was reported').click();
  // Every seed article has a publication date, so every piece of evidence is placed.
  await expect(timeline.getByRole('group', { name: 'Undated evidence' })).toContainText('0');
  expect(Number(await svg.getAttribute('data-mark-count'))).toBeGreaterThan(eventMarks);
  await expect(timeline.getByRole('radio', { name: 'When it was reported' })).toBeChecked();
});

test('clicking a timeline mark selects its relation and highlights its marks', async ({ page }) => {
  await openExplorer(page);
  const timeline = region(page, 'Timeline');
  const mark = timeline.locator('.mark').first();
  const relationId = await mark.getAttribute('data-relation-id');
  await mark.click();
  const evidence = region(page, 'Evidence');
  await expect(evidence.getByText('Relation', { exact: true })).toBeVisible();
  await expect(evidence.locator('.evidence-item.is-cited')).toHaveCount(1);
  await expect(graphSvg(page).locator('[data-edge].is-selected')).toHaveAttribute('data-relation-id', relationId!);
  const selectedMarks = timeline.locator('.mark.is-selected');
  expect(await selectedMarks.count()).toBeGreaterThan(0);
  for (const id of await selectedMarks.evaluateAll((els) => els.map((e) => e.getAttribute('data-relation-id'))))
    expect(id).toBe(relationId);
});

test('the table view lists the same relations as the graph', async ({ page }) => {
  await openExplorer(page);
  const filters = region(page, 'Filters');
  for (const narrow of [false, true]) {
    if (narrow) {
      await page.getByRole('button', { name: 'Graph' }).click();
      await filters.getByRole('checkbox', { name: /Participate/ }).uncheck();
      await expect(graphSvg(page)).toHaveAttribute('data-layout', 'done');
    }
    const inGraph = await edgeCount(page);
    expect(inGraph).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: 'Relations' });
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(inGraph);
    await expect(table.getByRole('columnheader')).toHaveText(['Source', 'Relation', 'Target', 'Evidence', /When/]);
  }
});

test('keyboard: focus a node, move with arrows, Enter shows it in the panel', async ({ page }) => {
  await openExplorer(page);
  const russia = graphNode(page, 'Russia');
  const hint = page.locator('.graph-keys');
  await expect(hint).toHaveCSS('opacity', '0');
  await russia.focus();
  await expect(russia).toBeFocused();
  // sighted keyboard users see the keys the graph's description gives screen readers
  await expect(hint).toHaveCSS('opacity', '1');
  await expect(hint).toContainText('Tab its relations');
  let moved = false;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(key);
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    if (label && !label.startsWith('Russia,')) {
      moved = true;
      break;
    }
  }
  expect(moved, 'an arrow key moved focus to another node').toBe(true);
  const label = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
  const name = label.split(',')[0];
  await page.keyboard.press('Enter');
  await expect(region(page, 'Evidence').getByRole('heading', { level: 2 })).toHaveText(name);
  await expect(page.locator(`g.node.is-selected`)).toHaveAttribute('aria-label', label);
});

test('keyboard only: from page load to the evidence sentence of a relation', async ({ page }) => {
  await openExplorer(page);
  const active = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  // Tab through the page (toolbar, filters, then the graph's nodes) until Russia has focus.
  let found = false;
  for (let i = 0; i < 400 && !found; i++) {
    await page.keyboard.press('Tab');
    found = (await active()).startsWith('Russia,');
  }
  expect(found, 'Tab reaches the Russia node').toBe(true);
  await page.keyboard.press('Enter');
  const evidence = region(page, 'Evidence');
  await expect(evidence.getByRole('heading', { level: 2 })).toHaveText('Russia');
  // Tab from the selected actor enters its relations; arrows walk them.
  await page.keyboard.press('Tab');
  const first = await active();
  expect(first).toMatch(/^(Russia .+|.+ Russia), \d+ sources?/);
  // Escape goes back to the actor, and Tab enters its relations again at the same place.
  await page.keyboard.press('Escape');
  expect(await active()).toMatch(/^Russia,/);
  await page.keyboard.press('Tab');
  expect(await active()).toBe(first);
  const seen = new Set<string>();
  let label = first;
  while (!/^Russia backs Syrian government, \d+ sources?/.test(label) && !seen.has(label)) {
    seen.add(label);
    await page.keyboard.press('ArrowDown');
    label = await active();
  }
  expect(label).toMatch(/^Russia backs Syrian government, \d+ sources?/);
  const edge = graphSvg(page).locator('[data-edge]:focus');
  await expect(edge).toHaveAttribute('data-source', 'russia');
  await page.keyboard.press('Enter');
  // The relation is selected and its sentence is on screen.
  await expect(edge).toHaveAttribute('aria-pressed', 'true');
  await expect(evidence.getByText('Relation', { exact: true })).toBeVisible();
  const sentence = evidence.locator('blockquote.evidence-sentence').first();
  await expect(sentence).toBeVisible();
  await expect(sentence.locator('mark', { hasText: 'Russia' })).toBeVisible();
  await expect(sentence.locator('strong.hl-trigger')).toContainText(/back/i);
  // Tab leaves the relations for the rest of the page: no keyboard trap.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-edge]'))).toBe(false);
  expect(await active()).not.toMatch(/^Russia,/);
});

test('search finds an actor by alias and selects it', async ({ page }) => {
  await openExplorer(page);
  const filters = region(page, 'Filters');
  await filters.getByRole('combobox', { name: 'Find actor' }).fill('kreml');
  await filters.getByRole('option', { name: /Russia/ }).click();
  await expect(region(page, 'Evidence').getByRole('heading', { level: 2 })).toHaveText('Russia');
});

test('a broken graph file shows a clear message instead of a blank page', async ({ page }) => {
  await page.route('**/generated/seed-graph.json', (r) => r.fulfill({ body: '{"schema":"nope"}', contentType: 'application/json' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('alert')).toContainText('not a valid Parley actor graph');
});

test('dragging a node pins it where it is dropped; double-click releases it', async ({ page }) => {
  await openExplorer(page);
  const node = graphNode(page, 'Syrian government');
  const before = await node.getAttribute('transform');
  const box = (await node.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 30, cy + 20, { steps: 6 });
  await page.mouse.move(cx + 60, cy + 40, { steps: 6 });
  await page.mouse.up();
  await expect(node).toHaveClass(/is-pinned/);
  expect(await node.getAttribute('transform')).not.toBe(before);
  await node.dblclick();
  await expect(node).not.toHaveClass(/is-pinned/);
  await expect(node).toHaveAttribute('transform', before!);
});

test('zoom buttons change the scale and Fit restores the whole graph', async ({ page }) => {
  await openExplorer(page);
  const viewport = graphSvg(page).locator(':scope > g').last();
  const scale = async () => Number(/scale\(([\d.]+)/.exec((await viewport.getAttribute('transform')) ?? '')?.[1] ?? NaN);
  const fitted = await scale();
  expect(fitted).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(scale).toBeGreaterThan(fitted * 1.2);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(scale).toBeCloseTo(fitted, 3);
});

test('hovering a node highlights its neighbourhood and dims the rest', async ({ page }) => {
  await openExplorer(page);
  await graphNode(page, 'Russia').hover();
  await expect(graphSvg(page)).toHaveClass(/has-context/);
  await expect(graphNode(page, 'Russia')).toHaveClass(/is-active/);
  await expect(graphNode(page, 'Syrian government')).toHaveClass(/is-active/);
  const dimmed = await graphSvg(page).locator('g.node:not(.is-active)').count();
  expect(dimmed).toBeGreaterThan(0);
});

test('visual: the explorer renders a fixed corpus the same way (screenshot)', async ({ page }) => {
  // A hand-made corpus keeps this picture independent of the extractor's progress; the
  // tests above cover the real seed graph.
  await page.route('**/generated/seed-graph.json', (r) => r.fulfill({ json: yemenGraph }));
  await openExplorer(page);
  await page.mouse.move(0, 0);
  await expect(graphNode(page, 'Saudi Arabia')).toBeVisible();
  await expect(page).toHaveScreenshot('explorer-fixture.png', { animations: 'disabled', caret: 'hide' });
  // …and with a relation selected and its article open.
  await graphNode(page, 'Saudi Arabia').click();
  const evidence = region(page, 'Evidence');
  await evidence.getByRole('button', { name: /^Saudi Arabia backs Yemeni government/ }).click();
  await evidence.getByRole('button', { name: 'Show in article' }).first().click();
  await expect(region(page, 'Article').locator('mark')).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(page).toHaveScreenshot('explorer-fixture-evidence.png', { animations: 'disabled', caret: 'hide' });
});
