// Every route kind opens the right view from a deep link and after a reload, on a plain static
// server; unknown paths and councils get the not-found view with a link home.
import { test, expect, appReady } from './fixtures';

const deepLinks: [string, RegExp][] = [
  ['/', /How is your council/],
  ['/council/E08000035', /^Leeds$/],
  ['/council/leeds', /^Leeds$/],
  ['/compare?la=E08000035~E06000016', /Compare councils/],
  ['/councils', /All councils/],
  ['/about', /About Council Journeys/],
  ['/about/data', /About the data/],
  ['/about/grades', /What the grades mean/],
  ['/about/frameworks', /How inspection changed/],
  ['/glossary', /Glossary/],
  ['/embed/council/E08000035', /Leeds/],
  ['/embed/map', /England/],
  ['/embed/compare?la=leeds~york', /Leeds and York/],
];

for (const [url, heading] of deepLinks) {
  test(`deep link ${url} opens the right view, also after a reload`, async ({ page }) => {
    const res = await page.goto(url);
    expect(res?.status()).toBe(200);
    await appReady(page);
    await expect(page.locator('main h1').first()).toHaveText(heading);
    await page.reload();
    await appReady(page);
    await expect(page.locator('main h1').first()).toHaveText(heading);
  });
}

test('the static server answers 200 for route entries', async ({ request }) => {
  for (const path of ['/council/E08000035/', '/council/leeds/', '/compare/', '/about/', '/councils/', '/embed/map/']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(await res.text()).toContain('<div id="app">');
  }
});

test('an unknown path shows the not-found view with a link home', async ({ page }) => {
  const res = await page.goto('/no/such/page');
  expect(res?.status()).toBe(404);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await expect(page.locator('.asked')).toHaveText('/no/such/page');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('main h1').first()).toHaveText(/How is your council/);
});

test('an unknown council shows the not-found view', async ({ page }) => {
  await page.goto('/council/E99999999');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await expect(page.getByText("We don't know a council with this name or code")).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
});

test('markup in a path is shown as text, never run', async ({ page }) => {
  await page.goto('/council/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await expect(page.locator('main img')).toHaveCount(0);
});

test('in-app links navigate without a page load and keep real paths', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => ((window as any).__marker = 1));
  await page.getByRole('link', { name: 'Leeds', exact: true }).click();
  await expect(page).toHaveURL(/\/council\/leeds$/);
  await expect(page.locator('main h1')).toHaveText('Leeds');
  expect(await page.evaluate(() => (window as any).__marker)).toBe(1);
  await page.goBack();
  await expect(page.locator('main h1').first()).toHaveText(/How is your council/);
});

test('the site works from a sub-path', async ({ page }) => {
  await page.goto('/journeys/council/leeds');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Leeds');
  await expect(page.getByRole('link', { name: 'About', exact: true })).toHaveAttribute('href', '/journeys/about');
  await page.getByRole('link', { name: 'All councils' }).click();
  await expect(page).toHaveURL(/\/journeys\/councils$/);
  await expect(page.locator('main h1')).toHaveText('All councils');
  await page.goto('/journeys/nowhere');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Page not found');
});
