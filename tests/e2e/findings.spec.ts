// The findings search: councils whose latest report names a theme or a phrase, linked to
// their pages with the points quoted; by keyboard; the search in the URL; no horizontal
// scroll on a phone.
import { test, expect, appReady } from './fixtures';

test('a search for "care leavers" finds councils, each linked with its points', async ({ page }) => {
  await page.goto('/councils');
  await appReady(page);
  await page.getByRole('link', { name: "Search what each council's latest report said must improve" }).click();
  await expect(page.locator('main h1')).toHaveText('Search what inspectors said must improve');
  // After an in-app navigation the latest reports load first: the theme list shows they have.
  await expect(page.getByLabel('Theme').locator('option')).toHaveCount(15);
  await page.getByLabel('Words').fill('care leavers');
  await page.getByLabel('Words').press('Enter');
  await expect(page).toHaveURL(/\/findings\?q=care%20leavers$/);
  const heading = page.locator('#findings-title');
  await expect(heading).toHaveText(/^\d+ councils whose latest report's points to improve say “care leavers”$/);
  const n = Number((await heading.textContent())!.split(' ')[0]);
  expect(n).toBeGreaterThan(10);
  const items = page.locator('.findings-list > li');
  await expect(items).toHaveCount(n);
  // Every quoted point has the words, and every council is a link to its page.
  for (const text of await items.locator('.improve-text').allTextContents()) expect(text.toLowerCase()).toContain('care leavers');
  await expect(items.first().locator('h3 a')).toHaveAttribute('href', /\/council\/[a-z-]+$/);
  await expect(items.first().getByRole('link', { name: /^report, page \d+$/ }).first()).toHaveAttribute('href', /#page=\d+$/);
});

test('a theme chosen by keyboard, the search shared by its URL, and 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/findings');
  await appReady(page);
  const theme = page.getByLabel('Theme');
  await theme.focus();
  await theme.selectOption({ label: 'Management oversight and supervision' });
  await page.getByRole('button', { name: 'Search' }).press('Enter');
  await expect(page).toHaveURL(/theme=management-oversight/);
  await expect(page.locator('#findings-title')).toHaveText(/councils? whose latest report's points to improve name management oversight and supervision$/);
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over).toBe(0);
  // The same address opened afresh shows the same result.
  const title = await page.locator('#findings-title').textContent();
  await page.goto(page.url());
  await appReady(page);
  await expect(page.locator('#findings-title')).toHaveText(title!);
});

test('words typed before the latest reports have loaded are kept when they arrive', async ({ page }) => {
  // The reports arrive two seconds late, after the reader has typed.
  await page.route('**/data/improvements/*/latest.json', async (r) => {
    await new Promise((f) => setTimeout(f, 2000));
    await r.continue();
  });
  await page.goto('/patterns');
  await appReady(page);
  await page.getByRole('link', { name: 'Find the councils whose latest report names a theme' }).first().click();
  await expect(page).toHaveURL(/\/findings$/);
  await page.locator('#findings-phrase').fill('care leavers');
  // The theme list fills in when the reports are there.
  await expect(page.locator('#findings-theme option')).toHaveCount(15, { timeout: 10_000 });
  await expect(page.locator('#findings-phrase')).toHaveValue('care leavers');
  await page.locator('#findings-phrase').press('Enter');
  await expect(page).toHaveURL(/[?&]q=care(\+|%20)leavers/);
  await expect(page.locator('#findings-title')).toContainText('care leavers');
});
