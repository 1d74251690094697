// Offline and installable: after one visit to the home page the service worker (sw.js, written
// by scripts/service-worker.mjs) has the app, so with the network cut Bradford's page, a
// comparison and the glossary open with their content, rendered by the app from the precached
// dataset (the same text as their pre-rendered pages); a page the reader opened comes back as it
// was. Under a sub-path the worker's scope is the sub-path; embeds register no worker, link no
// manifest, and the site's worker keeps none of their pages. The network is cut for real: the
// test's own server drops every connection (site-server.ts), besides context.setOffline.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test as base, expect, appReady } from './fixtures';
import { SiteServer, workerActivated } from './site-server';

const test = base.extend<{ site: SiteServer }>({
  site: async ({}, use) => {
    const site = await SiteServer.start(resolve('dist'));
    await use(site);
    await site.stop();
  },
  baseURL: async ({ site }, use) => use(site.url),
});

/** The text a reader sees in each part, from the page as it is now. */
async function texts(page: Page, selectors: string[]): Promise<string[]> {
  // What a report said must improve comes from a council's own file, which the worker has only
  // for councils opened before: a council first opened offline shows the rest without it.
  return Promise.all(selectors.map((s) => page.locator(s).first().evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('details.improve').forEach((d) => d.remove());
    document.body.appendChild(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  })));
}

/** The same parts of the page online, in a context with no worker. */
async function online(browser: Browser, url: string, selectors: string[]): Promise<string[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await appReady(page);
  const out = await texts(page, selectors);
  await context.close();
  return out;
}

const OFFLINE: [string, string, string[]][] = [
  ['/council/bradford', 'Bradford', ['main h1', 'table.inspections']],
  ['/compare?la=E08000032~E08000035', 'Bradford and Leeds', ['main h1', 'table.matrix']],
  ['/glossary', 'Glossary', ['main h1', 'dl.glossary-list']],
  ['/councils?region=London', 'All councils', ['main h1', 'main table']],
  ['/council/wakefield/worksheet', "Wakefield: children's services inspections", ['main h1', 'main table']],
];

test('after one visit to the home page, Bradford, a comparison, the glossary, the councils and a worksheet open offline', async ({ page, context, site, browser }) => {
  await page.goto('/');
  await expect(page.locator('main h1')).toBeVisible();
  expect(await workerActivated(page)).toBe(`${site.url}/`);
  const asked = site.asked.length;
  site.down = true;
  await context.setOffline(true);

  const seen: Record<string, string[]> = {};
  for (const [url, heading, parts] of OFFLINE) {
    const response = await page.goto(url);
    expect(response!.fromServiceWorker(), url).toBe(true);
    // Never opened before: the worker's 404.html, whose app renders this address at once.
    await expect(page.locator('meta[name="cj-route"]')).toHaveAttribute('content', '/404');
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await expect(page.locator('main h1')).toContainText(heading);
    seen[url] = await texts(page, parts);
    if (url === '/glossary') await expect(page.locator('#focused-visit')).toBeVisible();
  }

  // The home page too, and an unknown address gets the not-found page.
  await page.goto('/');
  await expect(page.locator('main h1')).toBeVisible();
  await page.goto('/no/such/page');
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await expect(page.locator('main h1')).toHaveText('Page not found');
  expect(site.asked.length, 'no request reached the server offline').toBe(asked);

  // What the app rendered offline is what it shows online.
  site.down = false;
  for (const [url, , parts] of OFFLINE) {
    expect(seen[url], url).toEqual(await online(browser, site.url + url, parts));
  }
});

test('a page the reader opened comes back offline as it was, and the downloads of the wasm are the worker\'s', async ({ page, context, site }) => {
  await page.goto('/');
  await workerActivated(page);
  await page.goto('/council/leicester');
  await appReady(page);
  site.down = true;
  await context.setOffline(true);
  const wasm: boolean[] = [];
  page.on('response', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.fromServiceWorker()); });
  await page.goto('/council/leicester');
  // The page itself, not the 404.html stand-in.
  await expect(page.locator('meta[name="cj-route"]')).toHaveAttribute('content', '/council/leicester');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Leicester');
  expect(wasm).toEqual([true]);
});

test('data a page fetches besides the dataset is kept too, but not an embed\'s slice', async ({ page, context, site }) => {
  await page.goto('/');
  await workerActivated(page);
  await page.goto('/about/data');
  const slice = readFileSync('dist/embed/council/E08000035/index.html', 'utf8')
    .match(/name="cj-data" content="([^"]+)"/)![1];
  const get = (url: string) => page.evaluate((u) => fetch(u).then((r) => (r.ok ? r.text() : `HTTP ${r.status}`), () => 'failed'), url);
  const csv = await get('data/inspections.csv');
  expect(csv).toContain('E08000035');
  expect(await get(slice)).toContain('E08000035');
  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return urls;
  });
  expect(kept).toContain(`${site.url}/data/inspections.csv`);
  expect(kept.filter((u) => u.includes('/data/council/'))).toEqual([]);
  site.down = true;
  await context.setOffline(true);
  expect(await get('data/inspections.csv')).toBe(csv);
});

test('the manifest makes the site installable: name, start URL and scope, standalone, icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('manifest.webmanifest');
  const response = await request.get(`/${href}`);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest).toMatchObject({ short_name: 'Council Journeys', start_url: './', scope: './', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  const sizes = new Set<string>();
  for (const icon of manifest.icons) {
    const png = await request.get(`/${icon.src}`);
    expect(png.ok(), icon.src).toBe(true);
    const bytes = await png.body();
    // A PNG's width and height are in its IHDR chunk, at bytes 16 and 20.
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    expect(`${w}x${h}`).toBe(icon.sizes);
    sizes.add(`${icon.sizes} ${icon.purpose}`);
  }
  expect([...sizes].sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
});

test('an embed registers no worker and links no manifest, and the site\'s worker keeps none of its pages', async ({ page, site }) => {
  const html = readFileSync('dist/embed/council/E08000035/index.html', 'utf8');
  expect(html).not.toContain('serviceWorker');
  expect(html).not.toContain('rel="manifest"');
  await page.goto('/embed/council/E08000035');
  await appReady(page);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  // Nor does 404.html (which carries offline.js) when it shows an embed at an address with no page.
  const miscased = await page.goto('/embed/council/LEEDS');
  expect(miscased!.status()).toBe(404);
  await appReady(page);
  await expect(page.locator('main h1')).toContainText('Leeds');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  // With the site's worker registered by a visit to the site, an embed is left to the network.
  await page.goto('/');
  await workerActivated(page);
  await page.goto('/embed/council/E08000035');
  await appReady(page);
  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return urls;
  });
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.filter((u) => u.includes('/embed/'))).toEqual([]);
  expect(site.asked).toContain('/embed/council/E08000035/');
});

base.describe('under a sub-path', () => {
  const sub = base.extend<{ site: SiteServer }>({
    site: async ({}, use) => {
      const site = await SiteServer.start(resolve('target/dist-subpath'), '/journeys/');
      await use(site);
      await site.stop();
    },
    baseURL: async ({ site }, use) => use(site.url),
  });

  sub('the worker\'s scope is the sub-path, it keeps only its files, and Bradford opens offline', async ({ page, context, site }) => {
    await page.goto('/journeys/');
    expect(await workerActivated(page)).toBe(`${site.url}/journeys/`);
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
      return urls;
    });
    expect(kept.some((u) => u.endsWith('_bg.wasm'))).toBe(true);
    expect(kept.filter((u) => !u.startsWith(`${site.url}/journeys/`))).toEqual([]);
    site.down = true;
    await context.setOffline(true);
    const response = await page.goto('/journeys/council/bradford');
    expect(response!.fromServiceWorker()).toBe(true);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await expect(page.locator('main h1')).toHaveText('Bradford');
    // Its links stay under the sub-path.
    await expect(page.locator('.site-header a.brand')).toHaveAttribute('href', '/journeys/');
  });
});
