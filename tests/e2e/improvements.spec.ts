// What each report said must improve, on a council's page: the points of Leeds's 2018 report
// in its words with the page of the report, opened by keyboard, after the app has taken over
// (its file loaded before hydration) and after an in-app navigation to another council.
import { test, expect, appReady } from './fixtures';

test('Leeds 2018: the four points, the third about personal education plans on page 2', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  const row = page.locator('table.inspections tbody tr').filter({ hasText: 'October' }).filter({ hasText: '2018' }).first();
  const summary = row.locator('details.improve > summary');
  await expect(summary).toHaveText('What the report said must improve (4)');
  await summary.focus();
  await page.keyboard.press('Enter');
  const points = row.locator('.improve-list li');
  await expect(points).toHaveCount(4);
  await expect(points.nth(2)).toContainText('personal education plans');
  const link = points.nth(2).getByRole('link', { name: 'report, page 2' });
  await expect(link).toBeVisible();
  expect(await link.getAttribute('href')).toMatch(/^https:\/\/files\.ofsted\.gov\.uk\/v1\/file\/\d+#page=2$/);
});

test('after an in-app navigation the other council\'s points load too', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  const loaded = page.waitForResponse((r) => /\/data\/improvements\/[0-9-]+\/E08000032\.json$/.test(r.url()) && r.ok());
  await page.goto('/compare?la=E08000035~E08000032');
  await appReady(page);
  await page.getByRole('link', { name: 'Bradford', exact: true }).first().click();
  await loaded;
  await expect(page.locator('main h1')).toHaveText('Bradford');
  await expect(page.locator('table.inspections details.improve').first()).toBeAttached();
});

test('Thurrock 2024: the report lists nothing to improve', async ({ page }) => {
  await page.goto('/council/thurrock');
  await appReady(page);
  const row = page.locator('table.inspections tbody tr').filter({ hasText: '2024' }).last();
  await row.locator('details.improve > summary').click();
  await expect(row.locator('.improve-none')).toHaveText('The report lists nothing to improve.');
});

test('the theme matrix: themes down, inspections across, reached by keyboard', async ({ page }) => {
  await page.goto('/council/leeds');
  await appReady(page);
  const region = page.getByRole('region', { name: "Themes named in Leeds's reports" });
  await region.focus();
  await expect(region).toBeFocused();
  // A wide table scrolls inside its region by keyboard, never the page.
  await page.keyboard.press('ArrowRight');
  const headers = region.locator('thead th');
  await expect(headers.nth(0)).toHaveText('Theme');
  expect(await headers.allTextContents()).toEqual(expect.arrayContaining(['2015 SIF', '2018 ILACS']));
  const education = region.locator('tbody tr').filter({ hasText: 'Education of children in care' });
  await expect(education).toHaveCount(1);
  await expect(education.locator('td').filter({ hasText: /point/ }).first()).toBeVisible();
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over).toBe(0);
});
