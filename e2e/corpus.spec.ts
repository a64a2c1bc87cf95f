/**
 * Bring your own articles, driven through the built app in Chromium: upload articles about
 * other conflicts (Yemen, Ukraine — e2e/fixtures/corpus), watch them extracted in the worker,
 * reload, cancel, reject bad files, survive hostile content, and open a corpus by URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const FIX = path.resolve('e2e/fixtures/corpus');
const fixture = (...p: string[]) => path.join(FIX, ...p);
const YEMEN = ['yemen-stockholm.txt', 'yemen-hodeidah.txt', 'yemen-jordan.html'].map((f) => fixture(f));
const YEMEN_WORDS = /Houthi|Saudi|Griffiths|Sweden|Hodeidah|Jordan|Amman|Red Cross|coalition|Yemen/;

/** Collects uncaught page errors and console errors. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

const addDialog = (page: Page) => page.getByRole('dialog', { name: 'Add articles' });
const corpusSelect = (page: Page) => page.getByRole('combobox', { name: 'Corpus' });
const nodes = (page: Page) => page.getByRole('region', { name: 'Actor network' }).locator('[data-actor-id]');

async function openAdd(page: Page, corpusName?: string) {
  await page.getByRole('button', { name: 'Add articles' }).click();
  const dlg = addDialog(page);
  await expect(dlg).toBeVisible();
  if (corpusName) await dlg.getByLabel('Name').fill(corpusName);
  return dlg;
}

async function upload(page: Page, files: Parameters<ReturnType<Page['getByLabel']>['setInputFiles']>[0]) {
  await addDialog(page).getByLabel('Choose article files').setInputFiles(files);
}

const finished = (page: Page, n: number) =>
  expect(addDialog(page).getByRole('status').filter({ hasText: 'Extraction finished' })).toHaveText(`Extraction finished: ${n} document${n === 1 ? '' : 's'}.`, {
    timeout: 45_000,
  });

async function actorIds(page: Page): Promise<string[]> {
  await expect(nodes(page).first()).toBeVisible();
  return (await nodes(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-actor-id') ?? ''))).sort();
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Add articles' })).toBeVisible();
});

test('uploaded articles become actors and relations with evidence; bad files are rejected; a reload keeps them', async ({ page }) => {
  const errors = watchErrors(page);
  await openAdd(page, 'Yemen talks');
  await upload(page, [...YEMEN, fixture('empty.txt'), fixture('photo.png')]);
  const outcomes = addDialog(page).getByRole('list', { name: 'File outcomes' }).getByRole('listitem');
  await expect(outcomes).toHaveCount(5);
  await expect(outcomes.filter({ hasText: 'photo.png' })).toHaveAttribute('data-status', 'rejected');
  await expect(outcomes.filter({ hasText: 'photo.png' })).toContainText(/binary/i);
  await expect(outcomes.filter({ hasText: 'empty.txt' })).toHaveAttribute('data-status', 'rejected');
  await expect(outcomes.filter({ hasText: 'empty.txt' })).toContainText(/empty/i);
  for (const f of YEMEN) await expect(outcomes.filter({ hasText: path.basename(f) })).toHaveAttribute('data-status', /accepted|warning/);
  await finished(page, 3);
  await addDialog(page).getByRole('button', { name: 'Close' }).click();

  await expect(corpusSelect(page).locator('option:checked')).toHaveText('Yemen talks (3 documents)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yemen talks');
  const names = await nodes(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(names.some((n) => YEMEN_WORDS.test(n))).toBe(true);
  const before = await actorIds(page);

  // A relation, then its evidence sentence from one of the uploaded articles.
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Relations' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await table.locator('tbody tr').first().getByRole('button').click();
  await expect(page.getByRole('region', { name: 'Evidence', exact: true })).toContainText(YEMEN_WORDS);
  // The HTML article's own <script> never ran.
  expect(await page.evaluate(() => (window as unknown as { __fixtureScriptRan?: boolean }).__fixtureScriptRan)).toBeUndefined();

  await page.reload();
  const option = corpusSelect(page).locator('option', { hasText: 'Yemen talks (3 documents)' });
  await expect(option).toHaveCount(1);
  await corpusSelect(page).selectOption({ label: 'Yemen talks (3 documents)' });
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Graph' }).click();
  expect(await actorIds(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test('cancel stops an extraction, keeps what was done, and resume finishes it', async ({ page }) => {
  const text = fs.readFileSync(fixture('yemen-stockholm.txt'), 'utf8');
  // Many distinct articles so the run lasts long enough to cancel.
  const documents = Array.from({ length: 150 }, (_, i) => ({
    title: `Dispatch ${i + 1}`,
    publishedAt: '2018-12-13',
    text: `${text}\n\nDispatch number ${i + 1}. ${'Officials in Sanaa and Riyadh said the talks would continue. '.repeat(20)}`,
  }));
  await openAdd(page, 'Long run');
  await upload(page, { name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ title: 'Long run', documents })) });
  const dlg = addDialog(page);
  await expect(dlg.getByRole('progressbar', { name: 'Extraction progress' })).toBeVisible({ timeout: 30_000 });
  await dlg.getByRole('button', { name: 'Cancel' }).click();
  const status = dlg.getByRole('status').filter({ hasText: 'Extraction cancelled' });
  await expect(status).toBeVisible();
  const done = Number(/after (\d+) of 150/.exec((await status.textContent()) ?? '')?.[1]);
  expect(done).toBeLessThan(150);
  await expect(dlg.getByRole('progressbar')).toHaveCount(0);
  // The page stays usable and the corpus keeps all its documents for later.
  await expect(corpusSelect(page).locator('option:checked')).toHaveText('Long run (150 documents)');
  await dlg.getByRole('button', { name: 'Resume' }).click();
  await finished(page, 150);
});

/** XSS payloads placed in file content, titles, outlets, URLs and file names. */
const PAYLOADS = [
  `<script>window.__xss = 'script'; alert('script')</script>`,
  `<img src=x onerror="window.__xss='img'; alert('img')">`,
  `<svg onload="window.__xss='svg'; alert('svg')"></svg>`,
  `javascript:window.__xss='url';alert('url')`,
  `"><iframe src="javascript:alert('iframe')"></iframe>`,
  `<a href="javascript:alert('link')">click me</a>`,
];

test('hostile files, titles and URLs are shown as text and never execute', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const article = fs.readFileSync(fixture('yemen-hodeidah.txt'), 'utf8');
  const manifest = {
    title: `<img src=x onerror="alert('corpus')">`,
    documents: PAYLOADS.map((p, i) => ({
      title: p,
      source: p,
      url: i % 2 ? p : `javascript:alert('${i}')`,
      publishedAt: '2018-12-22',
      text: `${p}\n${article}\nPayload ${i}: ${p}`,
    })),
  };
  const html = `<html><body><article><h1>${PAYLOADS[1]}</h1>${PAYLOADS.map((p) => `<p>${p} The Houthis accused Saudi Arabia of attacks.</p>`).join('')}</article></body></html>`;
  await openAdd(page);
  await upload(page, [
    { name: 'xss-manifest.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(manifest)) },
    { name: 'xss-page.html', mimeType: 'text/html', buffer: Buffer.from(html) },
    { name: `<img src=x onerror=alert('name')>.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${PAYLOADS[0]}\n${article}`) },
  ]);
  await finished(page, PAYLOADS.length + 2);
  await expect(addDialog(page).getByText(`<img src=x onerror=alert('name')>.txt`)).toBeVisible();
  await addDialog(page).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Manage corpus' }).click();
  const manage = page.getByRole('dialog', { name: 'Manage corpus' });
  await expect(manage.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(PAYLOADS.length + 2);
  await expect(manage.getByText(`javascript:window.__xss='url';alert('url')`).first()).toBeVisible();

  const injected = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: string }).__xss ?? null,
    inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    iframes: document.querySelectorAll('iframe').length,
    badImages: document.querySelectorAll('img[src="x"]').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^https?:|^blob:|^\.|^\/|^#/.test(a.getAttribute('href') ?? '')).length,
  }));
  expect(injected).toEqual({ flag: null, inlineScripts: 0, handlers: 0, iframes: 0, badImages: 0, jsLinks: 0 });
  expect(dialogs).toEqual([]);
});

test('?corpus= opens a manifest served next to the app and extracts it', async ({ page }) => {
  await page.route('**/e2e-corpus/**', async (route) => {
    const rel = new URL(route.request().url()).pathname.split('/e2e-corpus/')[1];
    const file = path.join(FIX, rel);
    if (!file.startsWith(FIX) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({ body: fs.readFileSync(file), contentType: file.endsWith('.json') ? 'application/json' : 'text/plain' });
  });
  await page.goto('./?corpus=e2e-corpus/ukraine/manifest.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia–Ukraine talks in Istanbul, 2022', { timeout: 45_000 });
  await expect(corpusSelect(page).locator('option:checked')).toContainText('Linked: ');
  const names = await nodes(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(names.some((n) => /Turkey|Russia|Ukraine|Erdogan|Istanbul/.test(n))).toBe(true);

  // A manifest that does not exist says so instead of spinning.
  await page.goto('./?corpus=e2e-corpus/nowhere/manifest.json');
  await expect(page.getByRole('alert')).toContainText(/Could not load the corpus manifest \(HTTP 404\)/);
  // …and offers a way out to the built-in corpus.
  await page.getByRole('alert').getByRole('button', { name: 'Open the built-in corpus' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Loading|Untitled/, { timeout: 30_000 });
  expect(new URL(page.url()).search).not.toContain('corpus');
});

test('a worker that cannot load falls back to the page and still extracts', async ({ page }) => {
  await page.route(/extract\.worker[^/]*\.js/, (route) => route.abort());
  await page.reload();
  await openAdd(page, 'No worker');
  await upload(page, [YEMEN[0]]);
  await finished(page, 1);
  await expect(addDialog(page).getByRole('note')).toContainText('Background extraction unavailable');
});

test('a pasted article without a date warns, and setting its date re-resolves relative dates', async ({ page }) => {
  await openAdd(page, 'Pasted');
  const dlg = addDialog(page);
  await dlg.getByText('Paste an article').click();
  const form = dlg.getByRole('form', { name: 'Paste an article' });
  await form.getByLabel('Title').fill('Talks resume');
  await form.getByLabel('Outlet').fill('Example Wire');
  await form
    .getByLabel('Article text')
    .fill('Houthi negotiators met the Yemeni government delegation on Monday, the U.N. envoy said.\n\nSaudi Arabia backs the Yemeni government.');
  await form.getByRole('button', { name: 'Add pasted article' }).click();
  await finished(page, 1);
  const outcome = dlg.getByRole('list', { name: 'File outcomes' }).getByRole('listitem');
  await expect(outcome).toHaveAttribute('data-status', 'warning');
  await expect(outcome).toContainText(/no publication date/);
  await dlg.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  const meets = page.getByRole('table', { name: 'Relations' }).locator('tbody tr', { hasText: 'meets' });
  await expect(meets.locator('td').nth(4)).toHaveText('—');

  await page.getByRole('button', { name: 'Manage corpus' }).click();
  const manage = page.getByRole('dialog', { name: 'Manage corpus' });
  const row = manage.getByRole('form', { name: 'Metadata of Talks resume' });
  await row.getByLabel('Date').fill('2018-12-13');
  await row.getByRole('button', { name: 'Save and re-extract' }).click();
  await manage.getByRole('button', { name: 'Close' }).click();
  // Monday before Thursday 13 December 2018.
  await expect(meets.locator('td').nth(4)).toHaveText('10 Dec 2018', { timeout: 30_000 });
});

test('a corpus exported as one JSON file imports back with the same documents', async ({ page }) => {
  await openAdd(page, 'Round trip');
  await upload(page, YEMEN);
  await finished(page, 3);
  await addDialog(page).getByRole('button', { name: 'Close' }).click();
  const before = await actorIds(page);
  await page.getByRole('button', { name: 'Manage corpus' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export corpus (JSON)' }).click()]);
  expect(download.suggestedFilename()).toBe('Round-trip.parley-corpus.json');
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(exported.documents).toHaveLength(3);
  await page.getByRole('dialog', { name: 'Manage corpus' }).getByRole('button', { name: 'Close' }).click();

  await openAdd(page);
  await addDialog(page).getByLabel('Add to').selectOption({ label: 'A new corpus' });
  await upload(page, { name: 'Round-trip.parley-corpus.json', mimeType: 'application/json', buffer: fs.readFileSync(await download.path()) });
  await finished(page, 3);
  await addDialog(page).getByRole('button', { name: 'Close' }).click();
  // Named after the export; the same documents give the same actors.
  await expect(corpusSelect(page).locator('option:checked')).toHaveText('Round trip (3 documents)');
  expect(await corpusSelect(page).locator('option', { hasText: 'Round trip (3 documents)' }).count()).toBe(2);
  expect(await actorIds(page)).toEqual(before);
});

test('a stored corpus can be renamed, and deleted only after confirmation', async ({ page }) => {
  await openAdd(page, 'Draft');
  await upload(page, [YEMEN[1]]);
  await finished(page, 1);
  await addDialog(page).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Manage corpus' }).click();
  const manage = page.getByRole('dialog', { name: 'Manage corpus' });
  await manage.getByLabel('Name').fill('Hodeidah strikes');
  await manage.getByRole('button', { name: 'Rename' }).click();
  await expect(corpusSelect(page).locator('option:checked')).toHaveText('Hodeidah strikes (1 document)');
  await manage.getByRole('button', { name: 'Delete corpus…' }).click();
  const confirm = manage.getByRole('group', { name: 'Confirm deletion' });
  await expect(confirm).toContainText('Delete “Hodeidah strikes” and its 1 document from this browser?');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(corpusSelect(page).locator('option', { hasText: 'Hodeidah strikes' })).toHaveCount(1);
  await manage.getByRole('button', { name: 'Delete corpus…' }).click();
  await manage.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(manage).toBeHidden();
  await expect(corpusSelect(page)).toHaveValue('seed');
  await expect(corpusSelect(page).locator('option', { hasText: 'Hodeidah strikes' })).toHaveCount(0);
  await page.reload();
  await expect(corpusSelect(page).locator('option', { hasText: 'Hodeidah strikes' })).toHaveCount(0);
});

/** Keys of the analysis cache in the app's IndexedDB database (opened without upgrading it). */
const cachedAnalyses = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('parley');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('analyses').objectStore('analyses').getAllKeys();
          req.onsuccess = () => (resolve(req.result.map(String)), open.result.close());
          req.onerror = () => reject(req.error);
        };
      }),
  );

test('deleting a corpus drops its cached analyses but keeps those another corpus shares', async ({ page }) => {
  await openAdd(page, 'Shared');
  await upload(page, [YEMEN[0]]);
  await finished(page, 1);
  await addDialog(page).getByRole('button', { name: 'Close' }).click();
  await openAdd(page);
  await addDialog(page).getByLabel('Add to').selectOption('__new__');
  await addDialog(page).getByLabel('Name').fill('Doomed');
  await upload(page, YEMEN);
  await finished(page, 3);
  await addDialog(page).getByRole('button', { name: 'Close' }).click();
  const before = await cachedAnalyses(page);
  expect(before).toHaveLength(3); // the shared text was analysed once, for both corpora

  await page.getByRole('button', { name: 'Manage corpus' }).click();
  const manage = page.getByRole('dialog', { name: 'Manage corpus' });
  await manage.getByRole('button', { name: 'Delete corpus…' }).click();
  await manage.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(manage).toBeHidden();
  await expect.poll(() => cachedAnalyses(page)).toHaveLength(1);
  // The surviving corpus still opens from the cache.
  await corpusSelect(page).selectOption({ label: 'Shared (1 document)' });
  await expect(page.locator('.corpus-stats')).toContainText('1 article');
  expect(await cachedAnalyses(page)).toHaveLength(1);
});

test('a reload in the middle of an extraction loses nothing', async ({ page }) => {
  const text = fs.readFileSync(fixture('yemen-hodeidah.txt'), 'utf8');
  const documents = Array.from({ length: 120 }, (_, i) => ({
    title: `Report ${i + 1}`,
    publishedAt: '2018-12-22',
    text: `${text}\n\nReport number ${i + 1}. ${'Residents of Hodeidah said the strikes continued overnight. '.repeat(20)}`,
  }));
  await openAdd(page, 'Interrupted');
  await upload(page, { name: 'reports.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ documents })) });
  const bar = addDialog(page).getByRole('progressbar', { name: 'Extraction progress' });
  await expect(bar).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(10);
  await page.reload();
  // The stored corpus is still there with every document, and the extraction runs to the end
  // (documents analysed before the reload come from the cache: see job.test.ts).
  await expect(corpusSelect(page).locator('option:checked')).toHaveText('Interrupted (120 documents)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interrupted');
  await expect(page.locator('.corpus-stats')).toContainText('120 articles', { timeout: 45_000 });
});

test('files dropped on the drop zone are added like picked ones', async ({ page }) => {
  await openAdd(page, 'Dropped');
  const content = fs.readFileSync(YEMEN[0], 'utf8');
  const transfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped-article.txt', { type: 'text/plain' }));
    return dt;
  }, content);
  await addDialog(page).getByLabel('Drop files here').dispatchEvent('drop', { dataTransfer: transfer });
  await finished(page, 1);
  await expect(addDialog(page).getByRole('list', { name: 'File outcomes' })).toContainText('dropped-article.txt');
});
