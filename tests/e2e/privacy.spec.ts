// Privacy: on every route kind, and after a reader's usual interactions (search, a chart mark,
// the hex map's year control), the site stores nothing in the browser and talks to no one else.
// No cookie (in the context or in document.cookie, and no Set-Cookie header), nothing in
// localStorage or sessionStorage (the app keeps no preference key today; if it ever does, list
// it in ALLOWED_KEYS and in the About page), no IndexedDB database, and no Cache Storage but the
// service worker's own (the site's offline copy: its precache and the pages a reader opened,
// holding only the site's own files, docs/PRIVACY.md); an embed registers no worker and stores
// nothing at all. The fixture fails any test that makes a request to another origin.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, appReady } from './fixtures';

/** Storage keys the app may set, with where they are documented. None today. */
const ALLOWED_KEYS: string[] = [];

const ROUTES: [string, ((page: Page) => Promise<void>)?][] = [
  ['/', async (page) => {
    const box = page.getByRole('combobox', { name: /Find your council/ });
    await box.fill('leeds');
    await expect(page.getByRole('option').first()).toContainText('Leeds');
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(page.locator('.year-value')).toHaveText('2009');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Later year' }).click();
    await expect(page.locator('.year-value')).toHaveText('2011');
  }],
  ['/council/leeds', async (page) => {
    await page.locator('.journey-chart .mark .hit').first().click(); // on the dot, as a reader clicks it
    await expect(page.locator('.details-card')).toBeVisible();
    await page.keyboard.press('Escape');
  }],
  ['/compare?la=E08000035~E06000016'],
  ['/councils'],
  ['/about'],
  ['/about/data'],
  ['/glossary'],
  ['/embed/council/E08000035'],
  ['/embed/map'],
  ['/embed/compare?la=leeds~york'],
  ['/council/leeds?present', async (page) => {
    await page.keyboard.press('PageDown');
    await expect(page.locator('.present-step h2')).toHaveText('2011: Adequate');
  }],
  ['/compare?la=E08000035~E06000016&present'],
  ['/council/leeds/worksheet'],
  ['/no/such/page'],
];

/** The caches of the site's service worker (sw.js, scripts/service-worker.mjs), at most. */
const WORKER_CACHES = [/^workbox-precache-v2-http:\/\/127\.0\.0\.1:\d+\/$/, /^council-journeys-pages-[0-9a-f]{16}$/];

/** Everything the page and its context hold in client-side storage. */
async function storage(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => {
    const keys = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i)!);
    return {
      documentCookie: document.cookie,
      localStorage: keys(localStorage),
      sessionStorage: keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      cached: (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat(),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
    };
  });
  return { cookies: await context.cookies(), ...inPage };
}

/** Nothing stored but, on a page of the site (not an embed), the worker and its caches of the site's own files. */
function expectNothingStored(found: Awaited<ReturnType<typeof storage>>, origin: string, embed: boolean) {
  expect(found).toEqual({
    cookies: [],
    documentCookie: '',
    localStorage: found.localStorage.filter((k) => ALLOWED_KEYS.includes(k)),
    sessionStorage: [],
    indexedDB: [],
    caches: embed ? [] : found.caches.filter((n) => WORKER_CACHES.some((c) => c.test(n))),
    cached: found.cached.filter((u) => u.startsWith(origin + '/')),
    serviceWorkers: embed ? [] : found.serviceWorkers.filter((s) => s === origin + '/'),
  });
}

for (const [url, interact] of ROUTES) {
  test(`${url} stores nothing and sets no cookie${interact ? ', also after interacting' : ''}`, async ({ page, context, baseURL }) => {
    const setCookies: string[] = [];
    page.on('response', async (r) => {
      const h = await r.allHeaders().catch(() => ({} as Record<string, string>));
      if (h['set-cookie']) setCookies.push(`${r.url()}: ${h['set-cookie']}`);
    });
    await page.goto(url);
    await appReady(page);
    if (interact) await interact(page);
    // Let any deferred work (timers, effects) run before looking.
    await page.waitForTimeout(200);
    expectNothingStored(await storage(page, context), baseURL!, url.startsWith('/embed/'));
    expect(setCookies).toEqual([]);
  });
}

test('a whole visit through in-app links leaves nothing behind but the offline copy', async ({ page, context, baseURL }) => {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('link', { name: 'Leeds', exact: true }).first().click();
  await expect(page.locator('main h1')).toHaveText('Leeds');
  await page.locator('.journey-chart .mark').nth(1).click();
  await page.getByRole('link', { name: 'All councils' }).first().click();
  await expect(page.locator('main h1')).toHaveText('All councils');
  await page.getByRole('link', { name: 'About', exact: true }).first().click();
  await appReady(page);
  await page.goBack();
  await page.goBack();
  await page.reload();
  await appReady(page);
  await page.waitForTimeout(200);
  const found = await storage(page, context);
  expectNothingStored(found, baseURL!, false);
  // The worker had time to install: what it keeps is the site's offline copy.
  expect(found.serviceWorkers).toEqual([baseURL + '/']);
  expect(found.cached.some((u) => u.endsWith('_bg.wasm'))).toBe(true);
});
