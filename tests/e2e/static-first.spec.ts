// Static first, then interactive: every page arrives as finished HTML rendered at build time
// (crates/site-entries), readable with JavaScript off; in the browser the wasm hydrates it
// without a mismatch and without changing what a reader sees; an embed needs no wasm to be
// read and sized, and loads it only when the reader reaches for it.
import { test, expect, appReady } from './fixtures';
import type { Page } from '@playwright/test';

/** The element of `selector` a reader sees: exactly one of them is displayed. */
async function theVisible(page: Page, selector: string) {
  const all = page.locator(selector);
  const shown = [];
  for (let i = 0; i < await all.count(); i++) if (await all.nth(i).isVisible()) shown.push(all.nth(i));
  expect(shown, `one visible ${selector}`).toHaveLength(1);
  return shown[0];
}

/** Asserts the box lies inside the viewport's width and is at least `min` px wide. */
async function onScreen(page: Page, selector: string, min: number) {
  const el = await theVisible(page, selector);
  const box = (await el.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
  expect(box.width).toBeGreaterThanOrEqual(min);
  return box;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page shows the national picture and the map', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('.hex-svg .hex')).toHaveCount(153);
    await onScreen(page, '.hex-svg', 300);
    await expect(page.locator('.dist-bar').first()).toBeVisible();
  });

  test("Leeds's page shows its journey, grades and reports", async ({ page }) => {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/council/leeds/');
      await expect(page.locator('main h1')).toHaveText('Leeds');
      // One layout of the chart is shown, the one for this width, inside the screen.
      const box = await onScreen(page, '.chart-box .journey-chart', Math.min(300, width - 40));
      expect(box.height).toBeGreaterThan(150);
      const chart = await theVisible(page, '.chart-box .journey-chart');
      await expect(chart.locator('.mark')).toHaveCount(6);
      await expect(chart).toContainText('Outstanding');
    }
    await expect(page.locator('table').first()).toContainText('Inadequate');
    expect(await page.locator('a[href*="ofsted.gov.uk"]').count()).toBeGreaterThan(3);
  });

  test('a former council, the councils table and the comparison page have their content', async ({ page }) => {
    await page.goto('/council/bournemouth/');
    await expect(page.locator('main h1')).toContainText('Bournemouth');
    await expect(await theVisible(page, '.chart-box .journey-chart')).toBeVisible();
    await page.goto('/councils/');
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThanOrEqual(150);
    await expect(page.locator('main table')).toContainText('Leeds');
    await page.goto('/compare/');
    await expect(page.locator('main h1')).toBeVisible();
  });

  test('the Leeds embed shows its chart, table, source line and full-view link', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 900 });
    await page.goto('/embed/council/E08000035/');
    await expect(page.locator('main h1')).toHaveText("Leeds: children's services inspections");
    await onScreen(page, '.chart-box .journey-chart', 400);
    await expect(page.locator('.embed-source')).toContainText('Data as of');
    await expect(page.locator('.embed-source a')).toHaveAttribute('href', /council\/E08000035|council\/leeds/);
    // The table is a native disclosure: it opens without any code.
    await page.locator('summary').click();
    await expect(page.locator('details table')).toBeVisible();
    await expect(page.locator('details table')).toContainText('Outstanding');
  });

  test('an unknown council gets the not-found page from 404.html', async ({ page }) => {
    const response = await page.goto('/council/E99999999/');
    expect(response!.status()).toBe(404);
    await expect(page.locator('main h1')).toHaveText('Page not found');
    await expect(page.locator('main')).toContainText('Go to the home page');
  });
});

test('every route kind hydrates without an error', async ({ page }) => {
  // The fixture fails the test on any console error: a hydration mismatch panics, and the
  // panic hook logs it.
  for (const path of ['/', '/council/leeds/', '/council/E08000035/', '/council/bournemouth/',
    '/council/leeds/worksheet/', '/councils/', '/compare/', '/about/', '/about/data/', '/about/grades/',
    '/glossary/', '/embed/council/E08000035/', '/embed/map/', '/embed/compare/']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('#panic')).toBeHidden();
  }
});

test("hydrating Leeds's page changes none of the text a reader sees", async ({ browser, baseURL }) => {
  const text = async (js: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled: js, baseURL, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto('/council/leeds/');
    if (js) {
      await page.locator('main h1').hover(); // the reader reaches for the page: the wasm loads
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    }
    const seen = await page.locator('#app').innerText();
    await context.close();
    return seen;
  };
  const before = await text(false);
  expect(before).toContain('Leeds');
  expect(await text(true)).toBe(before);
});

for (const path of ['/embed/council/E08000035/', '/council/leeds/', '/']) {
  test(`${path} asks for the wasm and its data only after the first interaction`, async ({ page }) => {
    const later: string[] = [];
    page.on('request', (r) => { if (/\.wasm$|\/data\//.test(r.url())) later.push(r.url()); });
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(later).toEqual([]);
    await page.locator('main h1').hover();
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    expect(later.filter((u) => u.endsWith('.wasm'))).toHaveLength(1);
    // An embed loads only its council's slice of the data; a page of the site the dataset,
    // and a council's page also its own reports' points to improve and its DfE figures.
    const data = later.filter((u) => u.includes('/data/'));
    const council = path.startsWith('/council/');
    expect(data).toHaveLength(council ? 3 : 1);
    const main = path.startsWith('/embed/') ? /\/data\/council\/E08000035-[0-9a-f]{16}\.json$/ : /\/data\/dataset-[0-9a-f]{16}\.json$/;
    expect(data.filter((u) => main.test(u))).toHaveLength(1);
    if (council) {
      expect(data.filter((u) => /\/data\/improvements\/\d{4}-\d{2}-\d{2}\/E08000035\.json$/.test(u))).toHaveLength(1);
      expect(data.filter((u) => /\/data\/context\/\d{4}-\d\d-\d\d\/E08000035\.json$/.test(u))).toHaveLength(1);
    }
    if (path.startsWith('/embed/')) {
      // Now interactive: a mark shows its details on focus.
      await page.locator('.journey-chart .mark').last().focus();
      await expect(page.locator('.chart-details .details-card')).toBeVisible();
    }
  });
}

test('state in the query is shown without waiting for an interaction', async ({ page }) => {
  await page.goto('/councils/?sort=name&dir=desc');
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await expect(page.locator('main table tbody tr').first()).toContainText('York');
});

test.describe('under the real Pym.js parent with the wasm blocked', () => {
  const ARTICLE_PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
  test.use({ allowedOrigins: [`http://127.0.0.1:${ARTICLE_PORT}`] });

  test('the iframe takes its content height', async ({ page, baseURL }) => {
    await page.route('**/*.wasm', (r) => r.abort());
    const wasm: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(`http://127.0.0.1:${ARTICLE_PORT}/?pym=${encodeURIComponent(`${baseURL}/embed/council/leeds`)}`);
    const widget = page.frameLocator('#widget iframe');
    await expect(widget.locator('main h1')).toHaveText("Leeds: children's services inspections");
    await expect.poll(async () => {
      const frame = await page.locator('#widget iframe').evaluate((f) => f.getBoundingClientRect().height);
      const content = await widget.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
      return content > 300 && Math.abs(frame - content) <= 3;
    }, { timeout: 10_000 }).toBe(true);
    expect(wasm).toEqual([]);
  });
});
