// What a link preview and a search engine fetch from the built site, served as a static host
// serves it: the share tags of a council page, the card they name (a 1200×630 PNG), the
// sitemap and robots.txt. The sub-path build (`/journeys/`) is built with its public address
// (scripts/test.sh passes --site-url), so its tags are absolute and it has a sitemap; the root
// build is not, so its tags are relative and there is no sitemap.
import { test, expect } from './fixtures';
import type { APIRequestContext, Page } from '@playwright/test';

async function meta(page: Page, key: string): Promise<string | null> {
  return page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');
}

/** Fetches a card and checks it is a PNG of 1200×630 (read from its IHDR chunk). */
async function checkCard(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type'], path).toBe('image/png');
  const body = await res.body();
  expect(body.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(body.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(body.length).toBeGreaterThan(10_000);
}

test('with its public address, a council page shares its own card and the sitemap lists it', async ({ page, request }) => {
  const res = await page.goto('/journeys/council/E08000035');
  expect(res?.status()).toBe(200);
  const image = await meta(page, 'og:image');
  expect(image).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/journeys\/cards\/leeds-[0-9a-f]{16}\.png$/);
  expect(await meta(page, 'twitter:image')).toBe(image);
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await meta(page, 'og:url')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/journeys\/council\/leeds$/);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(await meta(page, 'og:url'));
  expect(await meta(page, 'og:description')).toMatch(/^Leeds was judged Inadequate in 2009/);
  // The card is fetched from this server whatever port the build was told.
  await checkCard(request, new URL(image!).pathname);

  const sitemap = await request.get('/journeys/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  for (const path of ['/journeys/', '/journeys/council/leeds', '/journeys/council/northamptonshire', '/journeys/glossary', '/journeys/compare']) {
    expect(locs, path).toContain(path);
  }
  expect(locs.filter((l) => l.includes('/embed'))).toEqual([]);
  expect(locs.filter((l) => /\/council\/E\d{8}/.test(l))).toEqual([]);
  // Every address it lists is served.
  for (const path of locs.filter((_, k) => k % 40 === 0)) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  const robots = await (await request.get('/journeys/robots.txt')).text();
  expect(robots).toMatch(/\nSitemap: http:\/\/127\.0\.0\.1:\d+\/journeys\/sitemap\.xml\n$/);
});

test('an embed says noindex and the home page shares the national picture', async ({ page, request }) => {
  await page.goto('/journeys/embed/council/leeds');
  expect(await meta(page, 'robots')).toBe('noindex');
  await page.goto('/journeys/');
  const image = await meta(page, 'og:image');
  expect(image).toMatch(/\/journeys\/cards\/home-[0-9a-f]{16}\.png$/);
  await checkCard(request, new URL(image!).pathname);
});

test('without its public address the tags are relative and there is no sitemap', async ({ page, request }) => {
  await page.goto('/council/leeds');
  const image = await meta(page, 'og:image');
  expect(image).toMatch(/^\/cards\/leeds-[0-9a-f]{16}\.png$/);
  expect(await meta(page, 'og:url')).toBe('/council/leeds');
  expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
  await checkCard(request, image!);
  expect((await request.get('/sitemap.xml')).status()).toBe(404);
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).not.toContain('Sitemap:');
});
